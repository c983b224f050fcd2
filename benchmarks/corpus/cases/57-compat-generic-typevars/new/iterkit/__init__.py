from .core import chunked, first, flatten, unique

__all__ = ["chunked", "first", "flatten", "unique"]
