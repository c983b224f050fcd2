"""Lattice points inside a rectangle."""

from __future__ import annotations

from collections.abc import Iterator

from geomkit.shapes import Point, Rect


def grid_points(rect: Rect, step: float = 1.0) -> Iterator[Point]:
    """Yield the lattice points of `rect`, row by row, `step` apart."""
    if step <= 0:
        raise ValueError("step must be positive")
    y = rect.origin.y
    while y <= rect.origin.y + rect.height:
        x = rect.origin.x
        while x <= rect.origin.x + rect.width:
            yield Point(x, y)
            x += step
        y += step
