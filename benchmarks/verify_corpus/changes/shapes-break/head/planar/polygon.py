"""Simple polygons given by their vertices."""

from __future__ import annotations

from planar.shapes import Shape


class Polygon(Shape):
    name = "polygon"

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self.points = list(points)

    def area(self) -> float:
        """Shoelace formula; absolute value, so the orientation does not matter."""
        pts = self.points
        twice = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))
        return abs(twice) / 2


def unit_square() -> Polygon:
    return Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
