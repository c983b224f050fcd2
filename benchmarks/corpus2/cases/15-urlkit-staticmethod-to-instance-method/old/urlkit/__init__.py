from .builder import URLBuilder

__all__ = ["URLBuilder"]
