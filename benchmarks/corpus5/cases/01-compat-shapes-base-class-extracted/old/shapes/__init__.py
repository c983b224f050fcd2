from .circle import Circle
__all__ = ['Circle']
