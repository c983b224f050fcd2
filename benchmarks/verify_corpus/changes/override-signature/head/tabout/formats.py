"""CSV and JSON-lines exporters."""

from __future__ import annotations

import csv
import io
import json

from tabout.base import Exporter


class CsvExporter(Exporter):
    name = "csv"

    def export(self, rows: list[dict], *, header: bool = True) -> str:
        if not rows:
            return ""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        if header:
            writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()


class JsonLinesExporter(Exporter):
    name = "jsonl"

    def export(self, rows: list[dict]) -> str:
        return "".join(json.dumps(row, sort_keys=True) + "\n" for row in rows)
