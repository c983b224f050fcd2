"""numpy-flavoured statistics on plain sequences."""
import builtins
import math
from typing import List, Optional, Sequence, Tuple, Union

__version__ = "2.0.0"


def mean(a: Sequence[float], /, axis: Optional[int] = None, dtype: Optional[type] = None) -> float:
    total = sum(a) / len(a)
    return dtype(total) if dtype else total


def std(
    a: Sequence[float],
    axis: Optional[int] = None,
    dtype: Optional[type] = None,
    *,
    ddof: int = 0,
    keepdims: bool = False,
) -> float:
    m = mean(a)
    return math.sqrt(sum((x - m) ** 2 for x in a) / (len(a) - ddof))


def median(
    a: Sequence[float],
    axis: Optional[int] = None,
    *,
    keepdims: bool = False,
    overwrite_input: bool = False,
) -> float:
    s = sorted(a)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def histogram(
    a: Sequence[float],
    bins: Union[int, str] = "auto",
    range: Optional[Tuple[float, float]] = None,
    density: bool = False,
) -> Tuple[List[int], List[float]]:
    lo, hi = range or (min(a), max(a))
    n = bins if isinstance(bins, int) else max(1, int(math.sqrt(len(a))))
    width = (hi - lo) / n or 1.0
    counts = [0] * n
    for x in a:
        counts[min(int((x - lo) / width), n - 1)] += 1
    return counts, [lo + i * width for i in builtins.range(n + 1)]

