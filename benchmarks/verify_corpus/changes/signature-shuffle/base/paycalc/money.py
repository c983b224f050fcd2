"""Sums, averages and fair splits of amounts in cents."""

from __future__ import annotations


def total_cents(*amounts: int) -> int:
    """The sum of the amounts given."""
    return sum(amounts)


def average_cents(amounts: list[int]) -> int:
    """The mean of `amounts`, rounded down to a whole cent."""
    if not amounts:
        raise ValueError("no amounts")
    return sum(amounts) // len(amounts)


def split_cents(total: int, parts: int) -> list[int]:
    """Split `total` into `parts` amounts that differ by at most one cent, larger ones first."""
    if parts <= 0:
        raise ValueError("parts must be positive")
    base, extra = divmod(total, parts)
    return [base + 1] * extra + [base] * (parts - extra)
