import math
import statistics
from typing import Dict, Sequence


def mean(values: Sequence[float]) -> float:
    return statistics.fmean(values)


def percentile(values: Sequence[float], q: float, interpolate: bool = True) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    if not interpolate or lo == hi:
        return ordered[int(round(pos))]
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summarize(values: Sequence[float]) -> Dict[str, float]:
    return {"mean": mean(values), "p50": percentile(values, 50), "p99": percentile(values, 99)}


def stdev(values: Sequence[float]) -> float:
    return statistics.stdev(values)
