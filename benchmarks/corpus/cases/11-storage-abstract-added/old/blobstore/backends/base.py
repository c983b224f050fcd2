from abc import ABC, abstractmethod
from typing import Iterator


class StorageBackend(ABC):
    """Base class for storage plugins."""

    scheme: str = ""

    @abstractmethod
    def read(self, key: str) -> bytes:
        """Return the blob stored under *key* (KeyError when missing)."""

    @abstractmethod
    def write(self, key: str, data: bytes) -> None:
        """Store *data* under *key*, replacing any previous blob."""

    def exists(self, key: str) -> bool:
        try:
            self.read(key)
        except KeyError:
            return False
        return True

    def copy(self, src: str, dst: str) -> None:
        self.write(dst, self.read(src))
