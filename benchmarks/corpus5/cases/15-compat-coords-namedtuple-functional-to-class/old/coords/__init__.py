from .types import LatLon
