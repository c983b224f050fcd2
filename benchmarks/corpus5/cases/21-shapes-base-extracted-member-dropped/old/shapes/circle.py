class Circle:
    def __init__(self, r: float) -> None:
        self.r = r
    def area(self) -> float:
        return 3.14 * self.r ** 2
    def scale(self, k: float) -> "Circle":
        return Circle(self.r * k)
