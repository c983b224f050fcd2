"""Reading rows and summarising a column."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

logger = logging.getLogger("csvsum")


def read_rows(path: str | Path, delimiter: str = ",") -> list[dict[str, str]]:
    """Read a CSV file into a list of row dictionaries."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=delimiter))
    logger.debug("read %d rows from %s", len(rows), path)
    return rows


def summarize(rows: list[dict[str, str]], column: str) -> dict[str, float]:
    """Count, total and mean of a numeric column; KeyError if the column is missing."""
    values = [float(row[column]) for row in rows]
    total = sum(values)
    return {"count": len(values), "total": total, "mean": total / len(values) if values else 0.0}
