from collections import namedtuple
from typing import List

TrackPoint = namedtuple("TrackPoint", ["lat", "lon", "ele"])


class Track:
    def __init__(self, name: str, points: List[TrackPoint]) -> None:
        self.name = name
        self.points = points

    def length(self) -> int:
        return len(self.points)
