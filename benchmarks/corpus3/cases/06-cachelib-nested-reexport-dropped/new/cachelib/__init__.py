from .backends import Backend, MemoryBackend

__all__ = ["Backend", "MemoryBackend"]
