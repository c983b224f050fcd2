"""Plain-text stock report."""

from __future__ import annotations

from stockroom.store import Store


def low_stock(store: Store, skus: list[str], threshold: int = 5) -> list[str]:
    """The SKUs among `skus` whose quantity is below `threshold`."""
    return [sku for sku in skus if store.find_item(sku).qty < threshold]
