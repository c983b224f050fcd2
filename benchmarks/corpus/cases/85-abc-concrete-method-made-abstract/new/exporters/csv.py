import csv
import io
from typing import Any, Iterable, Mapping

from .base import Exporter


class CSVExporter(Exporter):
    def export(self, rows: Iterable[Mapping[str, Any]]) -> bytes:
        rows = list(rows)
        out = io.StringIO()
        if rows:
            w = csv.DictWriter(out, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        return out.getvalue().encode()

    def file_extension(self) -> str:
        return ".csv"

    def validate(self, row: Mapping[str, Any]) -> bool:
        return all(isinstance(k, str) for k in row)
