import math
from typing import Optional


class Vec2:
    """A 2-D vector."""

    def __init__(self, x: float, y: float = 0.0) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Vec2(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vec2) and (self.x, self.y) == (other.x, other.y)

    def length(self) -> float:
        return math.hypot(self.x, self.y)

    def scaled(self, factor: float) -> "Vec2":
        return Vec2(self.x * factor, self.y * factor)


class BoundingBox:
    def __init__(self, min: Vec2, max: Vec2, label: Optional[str] = None) -> None:
        self.min = min
        self.max = max
        self.label = label

    def area(self) -> float:
        return (self.max.x - self.min.x) * (self.max.y - self.min.y)


def distance(a: Vec2, b: Vec2) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)
