"""Plane shapes with areas and descriptions."""

from planar.polygon import Polygon, unit_square
from planar.shapes import Circle, Rectangle, Shape, Square

__all__ = ["Circle", "Polygon", "Rectangle", "Shape", "Square", "unit_square"]
__version__ = "3.1.0"
