from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float
