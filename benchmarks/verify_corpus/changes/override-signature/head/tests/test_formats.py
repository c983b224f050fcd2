import pytest

from tabout import CsvExporter, Exporter, JsonLinesExporter

ROWS = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]


def test_csv():
    assert CsvExporter().export(ROWS) == "a,b\n1,x\n2,y\n"


def test_csv_empty():
    assert CsvExporter().export([]) == ""


def test_csv_without_header():
    assert CsvExporter().export(ROWS, header=False) == "1,x\n2,y\n"


@pytest.mark.skip(reason="JsonLinesExporter does not take header= yet")
def test_jsonl_header_flag_ignored():
    assert JsonLinesExporter().export(ROWS, header=False) == JsonLinesExporter().export(ROWS)


def test_jsonl():
    assert JsonLinesExporter().export(ROWS) == '{"a": 1, "b": "x"}\n{"a": 2, "b": "y"}\n'


def test_from_name():
    assert isinstance(Exporter.from_name("jsonl"), JsonLinesExporter)


def test_from_name_unknown():
    with pytest.raises(LookupError):
        Exporter.from_name("xml")
