from .core import deploy

__all__ = ["deploy"]
