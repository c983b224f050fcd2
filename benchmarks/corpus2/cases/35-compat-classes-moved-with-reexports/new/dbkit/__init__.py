from .engine import URL, Engine, create_engine
from .exc import ArgumentError, DBAPIError

__all__ = ["URL", "Engine", "create_engine", "ArgumentError", "DBAPIError"]
