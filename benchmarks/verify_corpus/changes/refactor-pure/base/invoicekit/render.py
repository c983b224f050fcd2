"""Plain-text rendering of an invoice."""
from decimal import ROUND_HALF_UP, Decimal

from invoicekit.models import Invoice

__all__ = ["render_text"]


def render_text(invoice: Invoice) -> str:
    lines = [f"Invoice {invoice.number}"]
    for item in invoice.items:
        amount = item.amount().quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        lines.append(f"{item.quantity} x {item.description}: {amount} {invoice.currency}")
    subtotal = invoice.subtotal().quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    lines.append(f"Subtotal: {subtotal} {invoice.currency}")
    return "\n".join(lines)
