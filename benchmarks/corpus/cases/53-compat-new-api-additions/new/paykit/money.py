import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Union, overload


class Currency(str, enum.Enum):
    USD = "USD"
    EUR = "EUR"


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "USD"

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)


@overload
def parse_amount(value: str) -> Money: ...
@overload
def parse_amount(value: int) -> Money: ...
@overload
def parse_amount(value: Decimal) -> Money: ...
def parse_amount(value: Union[str, int, Decimal]) -> Money:
    return Money(Decimal(value))
