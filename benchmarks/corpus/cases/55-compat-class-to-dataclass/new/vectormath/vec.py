import math
from dataclasses import dataclass
from typing import Optional


@dataclass
class Vec2:
    """A 2-D vector."""

    x: float
    y: float = 0.0

    def length(self) -> float:
        return math.hypot(self.x, self.y)

    def scaled(self, factor: float) -> "Vec2":
        return Vec2(self.x * factor, self.y * factor)


@dataclass(eq=False)
class BoundingBox:
    """Compared by identity, as before."""

    min: Vec2
    max: Vec2
    label: Optional[str] = None

    def area(self) -> float:
        return (self.max.x - self.min.x) * (self.max.y - self.min.y)


def distance(a: Vec2, b: Vec2) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)
