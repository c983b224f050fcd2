"""Sums, averages and fair splits of amounts in cents."""

from __future__ import annotations

from collections.abc import Iterable


def total_cents(amounts: Iterable[int]) -> int:
    """The sum of `amounts`."""
    return sum(amounts)


def average_cents(amounts: list[int]) -> float:
    """The mean of `amounts`."""
    if not amounts:
        raise ValueError("no amounts")
    return sum(amounts) / len(amounts)


def split_cents(parts: int, total: int) -> list[int]:
    """Split `total` into `parts` amounts that differ by at most one cent, larger ones first."""
    if parts <= 0:
        raise ValueError("parts must be positive")
    base, extra = divmod(total, parts)
    return [base + 1] * extra + [base] * (parts - extra)
