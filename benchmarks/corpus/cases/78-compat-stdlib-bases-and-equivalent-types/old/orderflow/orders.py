from enum import Enum
from typing import Union

from typing_extensions import Literal, TypedDict


class Side(str, Enum):
    BUY = "buy"
    SELL = "sell"


class Status(int, Enum):
    OPEN = 1
    FILLED = 2
    CANCELLED = 3


class OrderPayload(TypedDict):
    symbol: str
    side: Literal["buy", "sell"]
    quantity: int


def place_order(payload: OrderPayload, limit: Union[int, float, None] = None) -> Status:
    return Status.OPEN


def price_of(symbol: str, scale: Union[int, bool] = 1) -> Union[int, float]:
    return 100.0 * scale
