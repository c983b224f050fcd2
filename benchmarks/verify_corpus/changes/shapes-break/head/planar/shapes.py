"""Shapes with an area."""

from __future__ import annotations

import math


class Shape:
    name = "shape"

    def area(self) -> float:
        raise NotImplementedError

    def describe(self) -> dict[str, object]:
        return {"kind": self.name, "area": round(self.area(), 2)}


class Rectangle(Shape):
    name = "rectangle"

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height


class Square(Shape):
    name = "square"

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    name = "circle"

    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2
