from .ops import Vector, clamp

__all__ = ["Vector", "clamp"]
