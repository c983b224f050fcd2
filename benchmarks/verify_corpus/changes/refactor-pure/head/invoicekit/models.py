"""Invoice and line item records."""
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["Invoice", "LineItem"]


@dataclass
class LineItem:
    description: str
    unit_price: Decimal
    quantity: int = 1

    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Invoice:
    number: str
    items: list[LineItem] = field(default_factory=list)
    currency: str = "EUR"

    def add_item(self, item: LineItem) -> None:
        self.items.append(item)

    def subtotal(self) -> Decimal:
        return sum((item.amount() for item in self.items), Decimal("0"))
