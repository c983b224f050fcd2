"""Deprecated: use `geokit.geodesy`. Kept as an alias module until 1.0."""

import warnings

from geokit.geodesy import EARTH_RADIUS_KM, Point, distance_km, km_between

warnings.warn("geokit.distance is deprecated; use geokit.geodesy", DeprecationWarning, stacklevel=2)

__all__ = ["EARTH_RADIUS_KM", "Point", "distance_km", "km_between"]
