"""Render rows as delimited text."""

from __future__ import annotations

import csv
import io


def write_rows(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()
