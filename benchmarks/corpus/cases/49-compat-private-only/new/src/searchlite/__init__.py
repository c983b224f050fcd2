from .index import Index, search

__all__ = ["Index", "search"]
