from typing import Dict, Iterator, Optional, Tuple


class Color:
    __slots__ = ("r", "g", "b", "alpha", "__weakref__")

    r: int
    g: int
    b: int
    alpha: float

    def __init__(self, r: int, g: int, b: int, alpha: float = 1.0) -> None:
        self.r = r
        self.g = g
        self.b = b
        self.alpha = alpha

    @classmethod
    def from_hex(cls, value: str) -> "Color":
        value = value.lstrip("#")
        return cls(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))

    @property
    def hex(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def rgb(self) -> Tuple[int, int, int]:
        return (self.r, self.g, self.b)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Color) and (self.r, self.g, self.b, self.alpha) == (other.r, other.g, other.b, other.alpha)

    def __hash__(self) -> int:
        return hash((self.r, self.g, self.b, self.alpha))


class Palette:
    __slots__ = ("name", "_colors", "__weakref__")

    def __init__(self, name: str, colors: Optional[Dict[str, Color]] = None) -> None:
        self.name = name
        self._colors: Dict[str, Color] = dict(colors or {})

    def __getitem__(self, key: str) -> Color:
        return self._colors[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._colors)

    def add(self, key: str, color: Color) -> None:
        self._colors[key] = color
