from dataclasses import InitVar, dataclass, field
from decimal import Decimal
from typing import ClassVar, Dict, List, Optional


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: Decimal
    subtotal: Decimal = field(init=False)

    def __post_init__(self) -> None:
        self.subtotal = self.unit_price * self.quantity


@dataclass
class Invoice:
    number: str
    customer: str
    items: List[LineItem] = field(default_factory=list)
    currency: InitVar[Optional[str]] = None
    prefix: ClassVar[str]
    registry: ClassVar[Dict[str, "Invoice"]] = {}

    def __post_init__(self, currency: Optional[str]) -> None:
        self.registry[self.number] = self

    def total(self) -> Decimal:
        return sum((i.subtotal for i in self.items), Decimal(0))
