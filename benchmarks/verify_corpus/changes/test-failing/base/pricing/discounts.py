"""Discount rules."""
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["apply_discount", "bulk_discount"]

CENT = Decimal("0.01")


def apply_discount(price: Decimal, percent: int) -> Decimal:
    """`price` less `percent` per cent, rounded half-up to cents."""
    return (price * (100 - percent) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def bulk_discount(quantity: int) -> int:
    """The discount in per cent for an order of `quantity` items."""
    if quantity >= 100:
        return 15
    if quantity >= 10:
        return 5
    return 0
