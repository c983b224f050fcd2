from .parser import loads

__all__ = ["loads"]
