from typing import Any, ClassVar, Dict, Optional

from .types import ChargeParams


class APIError(Exception):
    pass


class CardDeclined(APIError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class PayClient:
    API_VERSION: ClassVar[str] = "2024-06-20"

    def __init__(self, api_key: str, timeout: Optional[float] = None) -> None:
        self.api_key = api_key
        self.timeout = timeout or 80.0

    def account(self) -> Dict[str, Any]:
        """Fetch the account on every call (no longer cached)."""
        return {"id": "acct_1"}

    def charge(self, params: ChargeParams) -> Dict[str, Any]:
        return {"amount": params["amount"], "currency": params["currency"]}
