"""Bounding box of a set of points."""

from __future__ import annotations


def bbox(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(min_lat, min_lon, max_lat, max_lon); ValueError for no points."""
    if not points:
        raise ValueError("bbox of no points")
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return min(lats), min(lons), max(lats), max(lons)
