class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vector", /) -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, /, factor: float) -> "Vector":
        return Vector(self.x * factor, self.y * factor)

def dot(a: Vector, b: Vector, /) -> float:
    return a.x * b.x + a.y * b.y
