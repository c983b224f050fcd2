from .model import Invoice, LineItem

__all__ = ["Invoice", "LineItem"]
