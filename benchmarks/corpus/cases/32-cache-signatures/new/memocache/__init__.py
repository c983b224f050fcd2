from .cache import Cache, cached

__all__ = ["Cache", "cached"]
