"""The cache front end."""
from collections.abc import Callable
from typing import Any

from cachebox.backends.base import CacheBackend
from cachebox.serializers import JsonSerializer, Serializer

__all__ = ["Cache"]


class Cache:
    def __init__(self, backend: CacheBackend, serializer: Serializer | None = None, ttl: int | None = None) -> None:
        self.backend = backend
        self.serializer = serializer or JsonSerializer()
        self.ttl = ttl

    def get(self, key: str, default: Any = None) -> Any:
        data = self.backend.get(key)
        return default if data is None else self.serializer.loads(data)

    def set(self, key: str, value: Any) -> None:
        self.backend.set(key, self.serializer.dumps(value), self.ttl)

    def get_or_set(self, key: str, make: Callable[[], Any]) -> Any:
        data = self.backend.get(key)
        if data is not None:
            return self.serializer.loads(data)
        value = make()
        self.set(key, value)
        return value
