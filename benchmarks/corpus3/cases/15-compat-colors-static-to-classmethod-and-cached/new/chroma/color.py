from __future__ import annotations

from functools import cached_property
from typing import Sequence


class Color:
    def __init__(self, r: int, g: int, b: int) -> None:
        self.r, self.g, self.b = r, g, b

    @classmethod
    def from_hex(cls, value: str) -> Color:
        value = value.lstrip("#")
        return cls(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))

    @classmethod
    def from_rgb(cls, rgb: Sequence[int], *, clamp: bool = False) -> Color:
        r, g, b = (max(0, min(255, c)) for c in rgb) if clamp else rgb
        return cls(r, g, b)

    @cached_property
    def luminance(self) -> float:
        return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b

    def to_hex(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
