from typing import Dict, TypedDict


class ChargeParams(TypedDict):
    amount: int
    currency: str
    description: str
    metadata: Dict[str, str]
