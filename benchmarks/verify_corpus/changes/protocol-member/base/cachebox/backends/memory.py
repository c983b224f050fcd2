"""In-process backend."""
import time

__all__ = ["MemoryBackend"]


class MemoryBackend:
    def __init__(self) -> None:
        self._data: dict[str, tuple[bytes, float | None]] = {}

    def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires is not None and expires < time.monotonic():
            del self._data[key]
            return None
        return value

    def set(self, key: str, value: bytes, ttl: int | None = None) -> None:
        self._data[key] = (value, None if ttl is None else time.monotonic() + ttl)
