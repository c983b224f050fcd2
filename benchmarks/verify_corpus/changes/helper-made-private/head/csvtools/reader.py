"""Parse delimited text into rows."""

from __future__ import annotations

import csv
import io

from csvtools._detect import sniff_delimiter


def read_rows(text: str, delimiter: str | None = None) -> list[list[str]]:
    """Rows of `text`; the delimiter is sniffed when not given."""
    delimiter = delimiter or sniff_delimiter(text)
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if row]
