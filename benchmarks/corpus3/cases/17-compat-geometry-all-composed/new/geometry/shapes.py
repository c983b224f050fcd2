import math
from dataclasses import dataclass

__all__ = ["Circle", "Rect", "area"]


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


def area(shape: "Circle | Rect") -> float:
    if isinstance(shape, Circle):
        return math.pi * shape.r ** 2
    return shape.w * shape.h
