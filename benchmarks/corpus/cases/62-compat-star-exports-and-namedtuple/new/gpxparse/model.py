from typing import List, NamedTuple, Optional

__all__ = ["TrackPoint", "Track"]


class TrackPoint(NamedTuple):
    lat: float
    lon: float
    ele: Optional[float]


class Track:
    def __init__(self, name: str, points: List[TrackPoint]) -> None:
        self.name = name
        self.points = points

    def length(self) -> int:
        return len(self.points)
