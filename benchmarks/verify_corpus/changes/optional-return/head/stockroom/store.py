"""The store: items by SKU."""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Item:
    sku: str
    name: str
    qty: int = 0
    price_cents: int = 0


class Store:
    def __init__(self) -> None:
        self._items: dict[str, Item] = {}

    def add(self, item: Item) -> None:
        self._items[item.sku] = item
        log.info("added %s", item.sku)

    def find_item(self, sku: str) -> Item | None:
        """The item with this SKU, or None if there is none."""
        return self._items.get(sku)

    def restock(self, sku: str, qty: int) -> int:
        """Add `qty` units to an existing item; return the new quantity."""
        item = self.find_item(sku)
        item.qty += qty
        log.info("restocked %s by %d", sku, qty)
        return item.qty

    def total_value_cents(self) -> int:
        return sum(i.qty * i.price_cents for i in self._items.values())
