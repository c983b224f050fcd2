"""cachebox: a cache over pluggable backends."""
from cachebox.backends.base import CacheBackend
from cachebox.backends.disk import DiskBackend
from cachebox.backends.memory import MemoryBackend
from cachebox.cache import Cache
from cachebox.serializers import JsonSerializer, Serializer

__all__ = ["Cache", "CacheBackend", "DiskBackend", "JsonSerializer", "MemoryBackend", "Serializer"]
