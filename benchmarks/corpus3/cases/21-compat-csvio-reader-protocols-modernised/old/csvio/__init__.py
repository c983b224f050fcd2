from .reader import Reader

__all__ = ["Reader"]
