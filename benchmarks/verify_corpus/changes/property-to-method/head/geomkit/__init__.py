"""Small plane-geometry helpers."""

from geomkit.grid import grid_points
from geomkit.shapes import Point, Rect

__all__ = ["Point", "Rect", "grid_points"]
