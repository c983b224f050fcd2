from .client import APIError, CardDeclined, PayClient
from .types import ChargeParams

__all__ = ["APIError", "CardDeclined", "PayClient", "ChargeParams"]
