import abc
import enum
from typing import Dict, Optional

from .money import Money


class PaymentStatus(enum.Enum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    REFUNDED = "refunded"
    DISPUTED = "disputed"


class Gateway(abc.ABC):
    @abc.abstractmethod
    def charge(self, amount: Money, token: str) -> PaymentStatus: ...

    def refund(self, charge_id: str, amount: Optional[Money] = None) -> PaymentStatus:
        """Refund a charge; gateways that support refunds override this."""
        raise NotImplementedError(f"{type(self).__name__} does not support refunds")

    def describe(self) -> Dict[str, str]:
        return {"gateway": type(self).__name__}

    @staticmethod
    def supported_currencies() -> frozenset:
        return frozenset({"USD", "EUR"})


def charge(gateway: Gateway, amount: Money, token: str) -> PaymentStatus:
    return gateway.charge(amount, token)


def refund(gateway: Gateway, charge_id: str) -> PaymentStatus:
    return gateway.refund(charge_id)
