from collections import namedtuple
LatLon = namedtuple("LatLon", ["lat", "lon"])
