"""Points and axis-aligned rectangles."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def distance_to(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


@dataclass(frozen=True)
class Rect:
    origin: Point
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height

    @property
    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def scale(self, factor: float) -> Rect:
        return Rect(self.origin, self.width * factor, self.height * factor)

    def contains(self, p: Point) -> bool:
        return (self.origin.x <= p.x <= self.origin.x + self.width
                and self.origin.y <= p.y <= self.origin.y + self.height)
