from functools import cached_property
from typing import Any, ClassVar, Dict, Optional

from .types import ChargeParams


class APIError(Exception):
    pass


class CardDeclined(APIError, ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class PayClient:
    API_VERSION: ClassVar[str] = "2023-10-16"
    DEFAULT_TIMEOUT: ClassVar[float] = 80.0

    class Retry:
        def __init__(self, attempts: int = 2) -> None:
            self.attempts = attempts

    def __init__(self, api_key: str, timeout: Optional[float] = None) -> None:
        self.api_key = api_key
        self.timeout = timeout or self.DEFAULT_TIMEOUT

    @property
    def livemode(self) -> bool:
        return self.api_key.startswith("sk_live_")

    @cached_property
    def account(self) -> Dict[str, Any]:
        return {"id": "acct_1"}

    def charge(self, params: ChargeParams) -> Dict[str, Any]:
        return {"amount": params["amount"], "currency": params["currency"]}
