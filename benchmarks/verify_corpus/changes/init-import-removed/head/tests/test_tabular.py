from tabular import MAX_ROWS, page
from tabular.formats import to_csv_line


def test_formats_function():
    assert to_csv_line([1, "a"]) == "1,a"


def test_page_sizes():
    assert [len(p) for p in page(list(range(120)))] == [50, 50, 20]


def test_max_rows():
    assert sum(len(p) for p in page(list(range(1500)))) == MAX_ROWS
