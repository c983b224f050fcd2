from .gateway import Gateway, PaymentStatus, charge, refund
from .money import Currency, Money, parse_amount
from . import webhooks

__all__ = ["Gateway", "PaymentStatus", "charge", "refund", "Currency", "Money", "parse_amount", "webhooks"]
