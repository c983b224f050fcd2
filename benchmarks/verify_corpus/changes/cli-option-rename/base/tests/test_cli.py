import json

from csvsum.cli import main


def test_json_output_with_tab_delimiter(tmp_path, capsys):
    path = tmp_path / "d.tsv"
    path.write_text("name\tprice\na\t1\nb\t3\n", encoding="utf-8")
    assert main([str(path), "--column", "price", "--delim", "\\t", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"count": 2, "mean": 2.0, "total": 4.0}


def test_missing_column(tmp_path, capsys):
    path = tmp_path / "d.csv"
    path.write_text("name,price\na,1\n", encoding="utf-8")
    assert main([str(path), "--column", "cost"]) == 1
    assert "no column 'cost'" in capsys.readouterr().err
