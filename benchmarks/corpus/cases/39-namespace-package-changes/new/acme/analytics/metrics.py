import math
import statistics
from typing import Dict, Optional, Sequence


def mean(values: Sequence[float]) -> Optional[float]:
    """Mean of *values*, or None for an empty sequence."""
    return statistics.fmean(values) if values else None


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    if lo == hi:
        return ordered[lo]
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summarize(values: Sequence[float]) -> Dict[str, Optional[float]]:
    return {"mean": mean(values), "p50": percentile(values, 50), "p99": percentile(values, 99)}
