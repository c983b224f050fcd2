from typing import NamedTuple
class LatLon(NamedTuple):
    lat: float
    lon: float
