import math
class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
    @property
    def norm(self) -> float:
        return math.hypot(self.x, self.y)
    @staticmethod
    def _parse(text: str) -> "Point":
        x, y = text.split(",")
        return Point(float(x), float(y))
    parse = _parse
