from typing import Literal, TypedDict
from typing import NotRequired

Currency = Literal["usd", "eur", "gbp"]

class ChargeParams(TypedDict):
    amount: int
    currency: Currency
    description: NotRequired[str]
    statement_descriptor: NotRequired[str]

class Metadata(TypedDict, total=False):
    order_id: str
    customer_id: str

def create_charge(params: ChargeParams, capture_method: Literal["automatic", "manual", "automatic_async"] = "automatic") -> str:
    return "ch_1"
