from dataclasses import dataclass, field
from decimal import Decimal
from typing import List


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class Invoice:
    number: str
    customer: str
    items: List[LineItem] = field(default_factory=list)

    def total(self) -> Decimal:
        return sum((i.unit_price * i.quantity for i in self.items), Decimal(0))
