"""A 2-D point."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def scale(p: Point, factor: int = 2) -> Point:
    """Multiply both coordinates by `factor`."""
    return Point(p.x * factor, p.y * factor)
