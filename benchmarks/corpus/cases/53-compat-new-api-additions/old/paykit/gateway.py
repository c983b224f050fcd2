import abc
import enum
from typing import Dict

from .money import Money


class PaymentStatus(enum.Enum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Gateway(abc.ABC):
    @abc.abstractmethod
    def charge(self, amount: Money, token: str) -> PaymentStatus: ...

    def describe(self) -> Dict[str, str]:
        return {"gateway": type(self).__name__}


def charge(gateway: Gateway, amount: Money, token: str) -> PaymentStatus:
    return gateway.charge(amount, token)
