from __future__ import annotations

from .base import Exporter


class CsvExporter(Exporter):
    """Rows are now rendered by Exporter.export; the delimiter is fixed per instance."""

    def __init__(self, path: str, delimiter: str = ",") -> None:
        self.path = path
        self.delimiter = delimiter
