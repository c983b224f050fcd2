"""Money helpers shared by tax and rendering (internal)."""
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def quantize_cents(value: Decimal) -> Decimal:
    """Round half-up to cents."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(value: Decimal, currency: str) -> str:
    return f"{quantize_cents(value)} {currency}"
