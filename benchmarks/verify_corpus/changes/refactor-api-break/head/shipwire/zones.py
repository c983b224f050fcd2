"""Shipping zones by destination country."""

__all__ = ["ZONES", "zone_for"]

ZONES = {"DE": 1, "FR": 1, "NL": 1, "GB": 2, "US": 3, "JP": 4}


def zone_for(country_code: str) -> int:
    """The zone of a destination; unknown countries are zone 5."""
    return ZONES.get(country_code.upper(), 5)
