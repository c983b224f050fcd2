"""Half-open integer spans ``[start, end)``."""

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"span ends before it starts: {self.start}..{self.end}")

    @property
    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end


def merge(spans):
    """Merge overlapping or touching spans; return them sorted by start."""
    result = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if result and span.start <= result[-1].end:
            last = result[-1]
            result[-1] = Span(last.start, max(last.end, span.end))
        else:
            result.append(span)
    return result


def to_json(spans):
    """Serialise spans as a JSON list of ``{"start": ..., "end": ...}`` objects."""
    return json.dumps([{"start": span.start, "end": span.end} for span in spans])
