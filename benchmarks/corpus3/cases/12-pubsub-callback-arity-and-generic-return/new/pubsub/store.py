from __future__ import annotations

from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Store(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)

    def keys(self) -> list[str]:
        return list(self._items)
