"""Plane shapes with areas and descriptions."""

from planar.polygon import Polygon, unit_square
from planar.shapes import Circle, Rectangle, Shape, Square

__all__ = ["Circle", "Rectangle", "Shape", "Square"]
__version__ = "4.0.0"
