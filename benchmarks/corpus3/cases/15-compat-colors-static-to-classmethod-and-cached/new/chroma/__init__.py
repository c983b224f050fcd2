from .color import Color

__all__ = ["Color"]
