"""Great-circle distance between two (lat, lon) points in degrees."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0

Point = tuple[float, float]


def km_between(a: Point, b: Point) -> float:
    """Haversine distance in kilometres."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
