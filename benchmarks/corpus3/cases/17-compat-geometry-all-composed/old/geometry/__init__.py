from .shapes import Circle, Rect, area
from .transform import rotate, scale

__all__ = ["Circle", "Rect", "area", "rotate", "scale"]
