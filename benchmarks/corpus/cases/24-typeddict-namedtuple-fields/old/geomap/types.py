from typing import Any, Iterable, NamedTuple, Tuple, TypedDict


class Point(NamedTuple):
    lon: float
    lat: float


class Feature(TypedDict):
    id: str
    geometry: Point
    properties: dict[str, Any]


class FeatureOptions(TypedDict, total=False):
    simplify: bool
    precision: int


def bbox(points: Iterable[Point]) -> Tuple[Point, Point]:
    pts = list(points)
    return (
        Point(min(p.lon for p in pts), min(p.lat for p in pts)),
        Point(max(p.lon for p in pts), max(p.lat for p in pts)),
    )
