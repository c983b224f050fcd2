from .client import Connection, connect, connect_pool

__all__ = ["Connection", "connect", "connect_pool"]
