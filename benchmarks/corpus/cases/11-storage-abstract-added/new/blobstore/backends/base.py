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

    @abstractmethod
    def delete(self, key: str) -> None:
        """Remove *key*; a missing key is not an error."""

    @property
    @abstractmethod
    def name(self) -> str:
        """Human-readable backend name used in log messages."""

    def exists(self, key: str) -> bool:
        try:
            self.read(key)
        except KeyError:
            return False
        return True

    def copy(self, src: str, dst: str) -> None:
        self.write(dst, self.read(src))

    def keys(self, prefix: str = "") -> Iterator[str]:
        """List keys; backends that can enumerate should override this."""
        raise NotImplementedError(f"{type(self).__name__} cannot list keys")

    def move(self, src: str, dst: str) -> None:
        self.copy(src, dst)
        self.delete(src)
