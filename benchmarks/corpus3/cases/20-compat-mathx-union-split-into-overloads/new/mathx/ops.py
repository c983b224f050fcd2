from __future__ import annotations

from typing import Sequence, overload


@overload
def clamp(value: int, low: int, high: int) -> int: ...
@overload
def clamp(value: float, low: float, high: float) -> float: ...
def clamp(value, low, high):
    return max(low, min(high, value))


class Vector:
    def __init__(self, *xs: float) -> None:
        self.xs = xs

    @overload
    def __mul__(self, other: float) -> Vector: ...
    @overload
    def __mul__(self, other: Vector) -> float: ...
    @overload
    def __mul__(self, other: Sequence[float]) -> float: ...
    def __mul__(self, other):
        if isinstance(other, (Vector, list, tuple)):
            ys = other.xs if isinstance(other, Vector) else other
            return sum(a * b for a, b in zip(self.xs, ys))
        return Vector(*(a * other for a in self.xs))
