from dataclasses import dataclass
from decimal import Decimal
from typing import Union, overload


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "USD"


@overload
def parse_amount(value: str) -> Money: ...
@overload
def parse_amount(value: int) -> Money: ...
def parse_amount(value: Union[str, int]) -> Money:
    return Money(Decimal(value))
