from csvtools import read_rows, write_rows


def test_roundtrip_tab():
    rows = [["id", "name"], ["1", "Ada"]]
    assert read_rows(write_rows(rows, "\t")) == rows


def test_explicit_delimiter_wins():
    assert read_rows("a|b\n", delimiter=",") == [["a|b"]]
