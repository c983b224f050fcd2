from __future__ import annotations

import re

_RX = re.compile(r"^(\d+)h(\d+)m(\d+)s$")


class Duration:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    @classmethod
    def from_parts(cls, hours: int, minutes: int = 0, seconds: int = 0) -> Duration:
        return cls(hours * 3600 + minutes * 60 + seconds)

    @staticmethod
    def from_seconds(seconds: float) -> Duration:
        return Duration(seconds)

    @staticmethod
    def is_valid(text: str) -> bool:
        return _RX.match(text) is not None

    @classmethod
    def parse(cls, text: str, *, strict: bool = False) -> Duration:
        m = _RX.match(text)
        if m is None:
            if strict:
                raise ValueError(text)
            return cls(0)
        h, mi, s = map(int, m.groups())
        return cls.from_parts(h, mi, s)
