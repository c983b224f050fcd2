from __future__ import annotations

from typing import overload


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class Vector:
    def __init__(self, *xs: float) -> None:
        self.xs = xs

    @overload
    def __mul__(self, other: float) -> Vector: ...
    @overload
    def __mul__(self, other: Vector) -> float: ...
    def __mul__(self, other):
        if isinstance(other, Vector):
            return sum(a * b for a, b in zip(self.xs, other.xs))
        return Vector(*(a * other for a in self.xs))
