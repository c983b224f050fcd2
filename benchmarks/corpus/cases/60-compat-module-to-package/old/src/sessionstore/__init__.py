from .backends import FileBackend, MemoryBackend, get_backend
from .session import Session

__all__ = ["FileBackend", "MemoryBackend", "get_backend", "Session"]
