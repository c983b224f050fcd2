from pricing.currency import convert
from pricing.discounts import apply_discount, bulk_discount

__all__ = ["apply_discount", "bulk_discount", "convert"]
