import abc
from typing import Any, Iterable, Mapping


class Exporter(abc.ABC):
    @abc.abstractmethod
    def export(self, rows: Iterable[Mapping[str, Any]]) -> bytes:
        """Serialise *rows*."""

    def file_extension(self) -> str:
        return ".bin"

    @abc.abstractmethod
    def validate(self, row: Mapping[str, Any]) -> bool:
        """Return True when *row* can be exported."""
