from .base import StorageBackend


class MemoryBackend(StorageBackend):
    scheme = "memory"

    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}

    def read(self, key: str) -> bytes:
        return self._blobs[key]

    def write(self, key: str, data: bytes) -> None:
        self._blobs[key] = bytes(data)
