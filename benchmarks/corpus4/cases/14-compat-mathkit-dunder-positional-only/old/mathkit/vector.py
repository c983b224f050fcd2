class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, factor: float) -> "Vector":
        return Vector(self.x * factor, self.y * factor)

def dot(__a: Vector, __b: Vector) -> float:
    return __a.x * __b.x + __a.y * __b.y
