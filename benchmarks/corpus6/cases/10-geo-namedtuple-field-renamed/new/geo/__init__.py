from typing import NamedTuple


class Point(NamedTuple):
    x: float
    lat: float
