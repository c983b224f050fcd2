from typing import Optional, Sequence


def percentile(
    a: Sequence[float],
    q: float,
    axis: Optional[int] = None,
    *,
    method: str = "linear",
    keepdims: bool = False,
) -> float:
    data = sorted(a)
    k = (len(data) - 1) * q / 100.0
    lo, hi = int(k), min(int(k) + 1, len(data) - 1)
    if method == "lower":
        return data[lo]
    return data[lo] + (data[hi] - data[lo]) * (k - lo)
