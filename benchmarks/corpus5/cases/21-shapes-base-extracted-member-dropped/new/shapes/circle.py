from ._base import _Shape
class Circle(_Shape):
    def area(self) -> float:
        return 3.14 * self.r ** 2
