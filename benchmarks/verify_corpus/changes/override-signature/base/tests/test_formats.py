import pytest

from tabout import CsvExporter, Exporter, JsonLinesExporter

ROWS = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]


def test_csv():
    assert CsvExporter().export(ROWS) == "a,b\n1,x\n2,y\n"


def test_csv_empty():
    assert CsvExporter().export([]) == ""


def test_jsonl():
    assert JsonLinesExporter().export(ROWS) == '{"a": 1, "b": "x"}\n{"a": 2, "b": "y"}\n'


def test_from_name():
    assert isinstance(Exporter.from_name("jsonl"), JsonLinesExporter)


def test_from_name_unknown():
    with pytest.raises(LookupError):
        Exporter.from_name("xml")
