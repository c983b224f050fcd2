"""Tax rates and totals."""
from decimal import Decimal

from invoicekit._money import quantize_cents
from invoicekit.models import Invoice

__all__ = ["RATES", "rate_for", "total_with_tax"]

RATES = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21")}


def rate_for(country: str) -> Decimal:
    """The VAT rate of a country code; KeyError for an unknown one."""
    return RATES[country.upper()]


def total_with_tax(invoice: Invoice, rate: Decimal = Decimal("0.20")) -> Decimal:
    """Subtotal plus tax, rounded half-up to cents."""
    return quantize_cents(invoice.subtotal() * (1 + rate))
