from .connection import Connection, connect

__all__ = ["Connection", "connect"]
