from typing import Dict, TypedDict, Union


class ChargeParams(TypedDict):
    amount: int
    currency: str
    metadata: Dict[str, Union[str, int]]
