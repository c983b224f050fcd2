from __future__ import annotations

from functools import cached_property


class Dataset:
    def __init__(self, name: str, rows: list[dict]) -> None:
        self._name = name
        self._rows = rows

    @cached_property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def columns(self) -> list[str]:
        return sorted({k for r in self._rows for k in r})

    @property
    def name(self) -> str:
        return self._name
