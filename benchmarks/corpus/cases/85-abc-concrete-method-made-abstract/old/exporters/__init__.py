from .base import Exporter
from .csv import CSVExporter

__all__ = ["Exporter", "CSVExporter"]
