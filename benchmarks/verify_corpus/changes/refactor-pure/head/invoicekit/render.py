"""Plain-text rendering of an invoice."""
from invoicekit._money import format_money
from invoicekit.models import Invoice

__all__ = ["render_text"]


def render_text(invoice: Invoice) -> str:
    lines = [f"Invoice {invoice.number}"]
    for item in invoice.items:
        lines.append(f"{item.quantity} x {item.description}: {format_money(item.amount(), invoice.currency)}")
    lines.append(f"Subtotal: {format_money(invoice.subtotal(), invoice.currency)}")
    return "\n".join(lines)
