"""Delimiter detection."""

from __future__ import annotations

CANDIDATES = (",", ";", "\t", "|")


def sniff_delimiter(sample: str) -> str:
    """The candidate that splits the first lines of `sample` into the same, largest number of fields."""
    lines = [line for line in sample.splitlines()[:5] if line.strip()]
    best, best_fields = ",", 1
    for candidate in CANDIDATES:
        counts = {line.count(candidate) for line in lines}
        if len(counts) == 1:
            fields = counts.pop() + 1
            if fields > best_fields:
                best, best_fields = candidate, fields
    return best
