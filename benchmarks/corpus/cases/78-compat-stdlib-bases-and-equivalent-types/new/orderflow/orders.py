from enum import IntEnum, StrEnum
from typing import Literal, Optional, TypedDict


class Side(StrEnum):
    BUY = "buy"
    SELL = "sell"


class Status(IntEnum):
    OPEN = 1
    FILLED = 2
    CANCELLED = 3


class OrderPayload(TypedDict):
    symbol: str
    side: Literal["buy", "sell"]
    quantity: int


def place_order(payload: OrderPayload, limit: Optional[float] = None) -> Status:
    return Status.OPEN


def price_of(symbol: str, scale: int = 1) -> float:
    return 100.0 * scale
