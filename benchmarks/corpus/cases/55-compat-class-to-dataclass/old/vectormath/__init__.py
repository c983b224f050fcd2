from .vec import BoundingBox, Vec2, distance

__all__ = ["BoundingBox", "Vec2", "distance"]
