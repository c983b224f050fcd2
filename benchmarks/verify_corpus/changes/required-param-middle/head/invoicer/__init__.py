"""invoicer: small invoice helpers."""

from .core import DEFAULT_TAX_RATE, Invoice, Ledger, make_invoice

__all__ = ["DEFAULT_TAX_RATE", "Invoice", "Ledger", "make_invoice"]
__version__ = "1.5.0"
