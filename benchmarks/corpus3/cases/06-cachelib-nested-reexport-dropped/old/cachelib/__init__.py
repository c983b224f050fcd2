from .backends import Backend, MemoryBackend, RedisBackend

__all__ = ["Backend", "MemoryBackend", "RedisBackend"]
