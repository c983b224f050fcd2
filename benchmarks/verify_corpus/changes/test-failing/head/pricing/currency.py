"""Currency conversion with fixed daily rates."""
from decimal import Decimal

__all__ = ["RATES", "convert"]

RATES = {("EUR", "USD"): Decimal("1.0850"), ("EUR", "GBP"): Decimal("0.8560")}


def convert(amount: Decimal, source: str, target: str) -> Decimal:
    if source == target:
        return amount
    return amount * RATES[(source, target)]
