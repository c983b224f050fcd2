from .point import Point, scale

__all__ = ["Point", "scale"]
