"""Measures of central tendency."""
from collections import Counter
from collections.abc import Sequence

__all__ = ["mean", "median", "mode"]


def mean(data: Sequence[float]) -> float:
    if not data:
        raise ValueError("mean of empty data")
    return sum(data) / len(data)


def median(data: Sequence[float]) -> float:
    if not data:
        raise ValueError("median of empty data")
    values = sorted(data)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def mode(data: Sequence[float]) -> float:
    if not data:
        raise ValueError("mode of empty data")
    return Counter(data).most_common(1)[0][0]
