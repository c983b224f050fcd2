"""Django-style storage API."""
from abc import ABC, abstractmethod
from typing import Any, BinaryIO, Mapping, Protocol, runtime_checkable


@runtime_checkable
class Readable(Protocol):
    def read(self, size: int = -1) -> bytes: ...

    def seek(self, offset: int, whence: int = 0) -> int: ...

    def close(self) -> None:
        return None


@runtime_checkable
class Writable(Protocol):
    def write(self, data: bytes) -> int: ...


class Storage(ABC):
    @classmethod
    @abstractmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> "Storage": ...

    @abstractmethod
    def open(self, name: str, mode: str = "rb") -> BinaryIO: ...

    @abstractmethod
    def save(self, name: str, content: Readable) -> str: ...

    def exists(self, name: str) -> bool:
        try:
            self.open(name).close()
        except FileNotFoundError:
            return False
        return True

    def url(self, name: str) -> str:
        raise NotImplementedError("this storage does not provide URLs")
