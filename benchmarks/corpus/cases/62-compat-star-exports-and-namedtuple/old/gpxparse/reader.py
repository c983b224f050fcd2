import xml.etree.ElementTree as ET
from typing import List

from .model import Track, TrackPoint

NS = "{http://www.topografix.com/GPX/1/1}"


def parse(text: str) -> List[Track]:
    root = ET.fromstring(text)
    tracks = []
    for trk in root.iter(NS + "trk"):
        pts = [
            TrackPoint(float(p.get("lat")), float(p.get("lon")), None)
            for p in trk.iter(NS + "trkpt")
        ]
        tracks.append(Track(trk.findtext(NS + "name") or "", pts))
    return tracks
