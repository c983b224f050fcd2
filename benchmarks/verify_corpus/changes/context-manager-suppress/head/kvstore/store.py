"""The store."""

from __future__ import annotations

from typing import Any


class Store:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)

    def transaction(self):
        from kvstore.tx import Transaction

        return Transaction(self)
