"""shipwire: shipping rate quotes."""
from shipwire.client import Quote, RatesClient
from shipwire.zones import zone_for

__all__ = ["Quote", "RatesClient", "zone_for"]
