"""Small geographic helpers."""

from geokit.bbox import bbox
from geokit.distance import EARTH_RADIUS_KM, km_between

__all__ = ["EARTH_RADIUS_KM", "bbox", "km_between"]
__version__ = "0.8.0"
