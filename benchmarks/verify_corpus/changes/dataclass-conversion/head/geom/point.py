"""A 2-D point."""
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def scale(p: Point, factor: float = 2.0) -> Point:
    """Multiply both coordinates by `factor`."""
    return Point(p.x * factor, p.y * factor)
