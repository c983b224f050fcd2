"""tabout: write rows of dictionaries as CSV or JSON lines."""

from tabout.base import Exporter
from tabout.formats import CsvExporter, JsonLinesExporter

__all__ = ["Exporter", "CsvExporter", "JsonLinesExporter"]
