"""Measures of spread."""
import math
from collections.abc import Sequence

from statskit.central import mean

__all__ = ["percentile", "pvariance", "stdev"]


def pvariance(data: Sequence[float]) -> float:
    """Population variance (was `variance_population`)."""
    m = mean(data)
    return sum((x - m) ** 2 for x in data) / len(data)


def stdev(data: Sequence[float]) -> float:
    if len(data) < 2:
        raise ValueError("stdev needs at least two values")
    m = mean(data)
    return math.sqrt(sum((x - m) ** 2 for x in data) / (len(data) - 1))


def percentile(data: Sequence[float], q: float, *, method: str = "linear") -> float:
    if not 0 <= q <= 100:
        raise ValueError("q must be between 0 and 100")
    if method not in ("linear", "lower"):
        raise ValueError(f"unknown method {method!r}")
    values = sorted(data)
    k = (len(values) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    if method == "lower":
        return values[lo]
    return values[lo] + (values[hi] - values[lo]) * (k - lo)
