from ._memory import MemoryBackend
from .base import Backend

__all__ = ["Backend", "MemoryBackend"]
