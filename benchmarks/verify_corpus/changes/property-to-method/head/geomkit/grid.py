"""Lattice points inside a rectangle."""

from __future__ import annotations

from geomkit.shapes import Point, Rect


def grid_points(rect: Rect, step: float = 1.0) -> list[Point]:
    """The lattice points of `rect`, row by row, `step` apart."""
    if step <= 0:
        raise ValueError("step must be positive")
    points = []
    y = rect.origin.y
    while y <= rect.origin.y + rect.height:
        x = rect.origin.x
        while x <= rect.origin.x + rect.width:
            points.append(Point(x, y))
            x += step
        y += step
    return points
