"""Django-style storage API."""
from abc import ABC, abstractmethod
from typing import BinaryIO, Protocol, runtime_checkable


@runtime_checkable
class Readable(Protocol):
    def read(self, size: int = -1) -> bytes: ...


class Storage(ABC):
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
