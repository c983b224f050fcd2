"""One file per key under a directory (no expiry)."""
import hashlib
from pathlib import Path

__all__ = ["DiskBackend"]


class DiskBackend:
    def __init__(self, directory: str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.directory / hashlib.sha256(key.encode()).hexdigest()

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        return path.read_bytes() if path.exists() else None

    def set(self, key: str, value: bytes, ttl: int | None = None) -> None:
        self._path(key).write_bytes(value)
