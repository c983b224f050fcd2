from .base import BaseCache, Serializer
from .simple import SimpleCache

__all__ = ["BaseCache", "Serializer", "SimpleCache"]
