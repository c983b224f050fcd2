import math
from typing import List, Optional, Tuple, Union


def linspace(
    start: float,
    stop: float,
    num: int = 50,
    endpoint: bool = True,
    retstep: bool = False,
    dtype: Optional[type] = None,
) -> Union[List[float], Tuple[List[float], float]]:
    div = (num - 1) if endpoint else num
    step = (stop - start) / div if div else 0.0
    values = [start + i * step for i in range(num)]
    if dtype is not None:
        values = [dtype(v) for v in values]
    return (values, step) if retstep else values


def logspace(start: float, stop: float, num: int = 50, base: float = 10.0) -> List[float]:
    return [base ** v for v in linspace(start, stop, num)]  # type: ignore[union-attr]


def arange(start: float, stop: Optional[float] = None, step: float = 1.0) -> List[float]:
    if stop is None:
        start, stop = 0.0, start
    n = max(0, math.ceil((stop - start) / step))
    return [start + i * step for i in range(n)]
