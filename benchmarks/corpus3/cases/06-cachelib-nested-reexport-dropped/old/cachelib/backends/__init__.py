from ._memory import MemoryBackend
from ._redis import RedisBackend
from .base import Backend

__all__ = ["Backend", "MemoryBackend", "RedisBackend"]
