"""The rates client: quotes per carrier for a parcel."""
from __future__ import annotations

from dataclasses import dataclass

from shipwire.zones import zone_for

__all__ = ["CARRIERS", "Quote", "RatesClient"]

CARRIERS = {"parcelco": (450, 120, 3), "speedpost": (900, 200, 1)}


@dataclass(frozen=True)
class Quote:
    carrier: str
    amount_cents: int
    days: int
    currency: str = "EUR"


class RatesClient:
    """Quotes from the carrier table at `api_url` (offline table in this version)."""

    def __init__(self, api_url: str, timeout: float = 10.0, retries: int = 3) -> None:
        self.api_url = api_url
        self.timeout = timeout
        self.retries = retries

    def _zone_distance(self, origin: str, destination: str) -> int:
        return abs(zone_for(destination) - zone_for(origin)) + 1

    def fetch_rates(self, origin: str, destination: str, weight: float) -> list[Quote]:
        """One quote per carrier, cheapest first."""
        zone = self._zone_distance(origin, destination)
        quotes = [Quote(name, base + int(per_kg * weight * zone), days + zone - 1)
                  for name, (base, per_kg, days) in CARRIERS.items()]
        return sorted(quotes, key=lambda q: q.amount_cents)

    def cheapest(self, origin: str, destination: str, weight: float) -> Quote | None:
        quotes = self.fetch_rates(origin, destination, weight)
        return quotes[0] if quotes else None
