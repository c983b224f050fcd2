"""invoicer: small invoice helpers."""

from .core import Invoice, Ledger, make_invoice

__all__ = ["Invoice", "Ledger", "make_invoice"]
__version__ = "1.4.0"
