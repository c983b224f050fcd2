from .client import Client, get

__all__ = ["Client", "get"]
