from dataclasses import dataclass
from typing import Dict, Optional, Iterable, List, Sequence, Union


@dataclass(frozen=True)
class Product:
    sku: str
    price: float


_PRODUCTS = {"A-1": Product("A-1", 9.5)}


def find(sku: str) -> Product:
    """Look up a product; unknown SKUs get a placeholder entry."""
    return _PRODUCTS.setdefault(sku, Product(sku, 0.0))


def page_count(total: int, per_page: int = 20) -> int:
    return -(-total // per_page)


class Catalog:
    def __init__(self, products: Iterable[Product]) -> None:
        self._products = list(products)
        if not self._products:
            raise ValueError("empty catalog")

    def skus(self) -> List[str]:
        return [p.sku for p in self._products]

    def price_map(self) -> Dict[str, float]:
        return {p.sku: p.price for p in self._products}

    def lookup(self, key: Union[str, int]) -> Product | None:
        if isinstance(key, int):
            return self._products[key] if key < len(self._products) else None
        return next((p for p in self._products if p.sku == key), None)

    @property
    def cheapest(self) -> Product:
        return min(self._products, key=lambda p: p.price)
