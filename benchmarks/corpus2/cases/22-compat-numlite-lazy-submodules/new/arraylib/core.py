from typing import Any, List, Sequence


def array(obj: Sequence[Any]) -> List[Any]:
    return list(obj)


def zeros(n: int) -> List[float]:
    return [0.0] * n


def ones(n: int) -> List[float]:
    return [1.0] * n
