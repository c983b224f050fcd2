"""Small geographic helpers."""

from geokit.bbox import bbox
from geokit.geodesy import EARTH_RADIUS_KM, distance_km, km_between

__all__ = ["EARTH_RADIUS_KM", "bbox", "distance_km", "km_between"]
__version__ = "0.9.0"
