import json

from csvsum.cli import main


def test_json_output_with_tab_delimiter(tmp_path, capsys):
    path = tmp_path / "d.tsv"
    path.write_text("name\tprice\na\t1\nb\t3\n", encoding="utf-8")
    assert main([str(path), "--column", "price", "--separator", "\\t", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"count": 2, "mean": 2.0, "total": 4.0}


def test_missing_column(tmp_path, capsys):
    path = tmp_path / "d.csv"
    path.write_text("name,price\na,1\n", encoding="utf-8")
    assert main([str(path), "--column", "cost"]) == 2
    assert "no column 'cost'" in capsys.readouterr().err


def test_quiet_prints_only_the_mean(tmp_path, capsys):
    path = tmp_path / "d.csv"
    path.write_text("price\n1\n2\n", encoding="utf-8")
    assert main([str(path), "-c", "price", "--quiet"]) == 0
    assert capsys.readouterr().out == "1.50\n"
