from typing import Iterator

from .base import StorageBackend


class MemoryBackend(StorageBackend):
    scheme = "memory"

    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}

    @property
    def name(self) -> str:
        return "in-memory"

    def read(self, key: str) -> bytes:
        return self._blobs[key]

    def write(self, key: str, data: bytes) -> None:
        self._blobs[key] = bytes(data)

    def delete(self, key: str) -> None:
        self._blobs.pop(key, None)

    def keys(self, prefix: str = "") -> Iterator[str]:
        return (k for k in sorted(self._blobs) if k.startswith(prefix))
