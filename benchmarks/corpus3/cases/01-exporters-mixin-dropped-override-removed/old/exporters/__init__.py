from .base import Exporter, JsonMixin
from .csvfmt import CsvExporter

__all__ = ["Exporter", "JsonMixin", "CsvExporter"]
