from csvtools._detect import sniff_delimiter


def test_sniff_semicolon():
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"


def test_sniff_falls_back_to_comma():
    assert sniff_delimiter("just one column\nanother\n") == ","
