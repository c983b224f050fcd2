from .collection import Collection, Cursor, InsertOneResult

__all__ = ["Collection", "Cursor", "InsertOneResult"]
