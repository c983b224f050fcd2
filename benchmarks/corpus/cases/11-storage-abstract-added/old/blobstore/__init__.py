from .backends.base import StorageBackend
from .backends.memory import MemoryBackend
from .registry import get_backend, register

__all__ = ["StorageBackend", "MemoryBackend", "get_backend", "register"]
