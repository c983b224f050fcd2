from csvsum import read_rows, summarize


def test_read_rows(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("name,price\na,1.5\nb,2.5\n", encoding="utf-8")
    assert read_rows(path) == [{"name": "a", "price": "1.5"}, {"name": "b", "price": "2.5"}]


def test_summarize():
    rows = [{"price": "1"}, {"price": "3"}]
    assert summarize(rows, "price") == {"count": 2, "total": 4.0, "mean": 2.0}


def test_summarize_empty():
    assert summarize([], "price") == {"count": 0, "total": 0, "mean": 0.0}
