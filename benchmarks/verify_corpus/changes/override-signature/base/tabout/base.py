"""The exporter interface."""

from __future__ import annotations


class Exporter:
    """Turns a list of row dictionaries into text. Subclasses override `export`."""

    name = "base"

    def export(self, rows: list[dict]) -> str:
        raise NotImplementedError

    @staticmethod
    def from_name(name: str) -> "Exporter":
        """The exporter registered under `name` ("csv" or "jsonl")."""
        for cls in Exporter.__subclasses__():
            if cls.name == name:
                return cls()
        raise LookupError(name)
