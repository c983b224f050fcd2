"""stockroom: in-memory stock keeping."""

from stockroom.store import Item, Store

__all__ = ["Item", "Store"]
