import tabular
from tabular import MAX_ROWS, page


def test_formats_attribute():
    assert tabular.formats.to_csv_line([1, "a"]) == "1,a"


def test_page_sizes():
    assert [len(p) for p in page(list(range(120)))] == [50, 50, 20]


def test_max_rows():
    assert MAX_ROWS == 1000
    assert sum(len(p) for p in page(list(range(1500)))) == 1000
