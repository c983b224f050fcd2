from .api import Document, load

__all__ = ["Document", "load"]
