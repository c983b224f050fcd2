from .gateway import Gateway, PaymentStatus, charge
from .money import Money, parse_amount

__all__ = ["Gateway", "PaymentStatus", "charge", "Money", "parse_amount"]
