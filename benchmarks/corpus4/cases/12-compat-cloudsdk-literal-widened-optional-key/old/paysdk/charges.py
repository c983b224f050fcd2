from typing import Literal, TypedDict
from typing import NotRequired

Currency = Literal["usd", "eur"]

class ChargeParams(TypedDict):
    amount: int
    currency: Currency
    description: NotRequired[str]

class Metadata(TypedDict, total=False):
    order_id: str

def create_charge(params: ChargeParams, capture_method: Literal["automatic", "manual"] = "automatic") -> str:
    return "ch_1"
