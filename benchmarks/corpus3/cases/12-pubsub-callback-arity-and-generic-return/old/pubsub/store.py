from __future__ import annotations

from typing import Generic, List, TypeVar

T = TypeVar("T")


class Store(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def get(self, key: str) -> T:
        return self._items[key]

    def keys(self) -> List[str]:
        return list(self._items)
