import math
class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
    @property
    def norm(self) -> float:
        return math.sqrt(self.x ** 2 + self.y ** 2)
    @staticmethod
    def parse(text: str) -> "Point":
        x, y = text.split(",")
        return Point(float(x), float(y))
