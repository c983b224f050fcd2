"""The exporter interface."""

from __future__ import annotations


class Exporter:
    """Turns a list of row dictionaries into text. Subclasses override `export`."""

    name = "base"

    def export(self, rows: list[dict], *, header: bool = True) -> str:
        """`header`: whether formats that have a header line write it."""
        raise NotImplementedError

    @classmethod
    def from_name(cls, name: str) -> "Exporter":
        """The exporter registered under `name` ("csv" or "jsonl") among the subclasses of `cls`."""
        for sub in cls.__subclasses__():
            if sub.name == name:
                return sub()
        raise LookupError(name)
