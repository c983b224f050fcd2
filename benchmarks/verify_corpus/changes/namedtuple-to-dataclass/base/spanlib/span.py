"""Half-open integer spans ``[start, end)``."""

import json
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int

    @property
    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end


def merge(spans):
    """Merge overlapping or touching spans; return them sorted by start."""
    result = []
    for span in sorted(spans):
        if result and span.start <= result[-1].end:
            last = result[-1]
            result[-1] = Span(last.start, max(last.end, span.end))
        else:
            result.append(span)
    return result


def to_json(spans):
    """Serialise spans as a JSON list of ``[start, end]`` pairs."""
    return json.dumps([list(span) for span in spans])
