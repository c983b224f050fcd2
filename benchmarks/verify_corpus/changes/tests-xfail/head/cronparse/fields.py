"""Expand one cron field into the values it matches."""

from __future__ import annotations


def expand_field(text: str, low: int, high: int) -> list[int]:
    """'*', 'a', 'a-b', 'a,b' and '*/n' (steps only on '*')."""
    if text == "*":
        return list(range(low, high + 1))
    if text.startswith("*/"):
        return list(range(low, high + 1, int(text[2:])))
    values: set[int] = set()
    for part in text.split(","):
        if "-" in part:
            a, b = (int(v) for v in part.split("-"))
            values.update(range(a, b + 1))
        else:
            values.add(int(part))
    if not all(low <= v <= high for v in values):
        raise ValueError(f"{text!r} outside {low}-{high}")
    return sorted(values)
