import xml.etree.ElementTree as ET
from typing import List

from .model import Track, TrackPoint

__all__ = ["NS", "parse"]

NS = "{http://www.topografix.com/GPX/1/1}"


def _ele(p: ET.Element) -> "float | None":
    text = p.findtext(NS + "ele")
    return float(text) if text else None


def parse(text: str) -> List[Track]:
    root = ET.fromstring(text)
    tracks = []
    for trk in root.iter(NS + "trk"):
        pts = [TrackPoint(float(p.get("lat")), float(p.get("lon")), _ele(p)) for p in trk.iter(NS + "trkpt")]
        tracks.append(Track(trk.findtext(NS + "name") or "", pts))
    return tracks
