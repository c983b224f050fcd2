"""invoicekit: invoices, tax and rendering."""
from invoicekit.models import Invoice, LineItem
from invoicekit.render import render_text
from invoicekit.tax import RATES, rate_for, total_with_tax

__all__ = ["Invoice", "LineItem", "RATES", "rate_for", "render_text", "total_with_tax"]
