from __future__ import annotations

from typing import Iterable

from .base import Exporter, JsonMixin


class CsvExporter(Exporter, JsonMixin):
    def __init__(self, path: str) -> None:
        self.path = path

    def export(self, rows: Iterable[dict], delimiter: str = ",") -> str:
        out = []
        for row in rows:
            out.append(delimiter.join(str(v) for v in row.values()))
        return "\n".join(out)
