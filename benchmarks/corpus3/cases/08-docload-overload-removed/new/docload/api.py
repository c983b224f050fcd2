from __future__ import annotations

from typing import overload


class Document:
    def __init__(self, text: str) -> None:
        self.text = text
        self._meta: dict[str, str] = {}

    @overload
    def get(self, key: str) -> str | None: ...
    @overload
    def get(self, key: str, default: str) -> str: ...
    @overload
    def get(self, key: str, default: None) -> str | None: ...
    def get(self, key, default=None):
        return self._meta.get(key, default)


@overload
def load(source: str) -> Document: ...
@overload
def load(source: bytes, encoding: str = "utf-8") -> Document: ...
def load(source, encoding="utf-8"):
    if isinstance(source, str):
        return Document(source)
    return Document(source.decode(encoding))
