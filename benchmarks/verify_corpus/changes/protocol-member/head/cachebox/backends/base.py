"""The storage interface every backend provides."""
from typing import Protocol

__all__ = ["CacheBackend"]


class CacheBackend(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes, ttl: int | None = None) -> None: ...

    def delete(self, key: str) -> bool: ...
