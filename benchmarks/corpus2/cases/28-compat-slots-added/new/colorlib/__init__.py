from .color import Color, Palette

__all__ = ["Color", "Palette"]
