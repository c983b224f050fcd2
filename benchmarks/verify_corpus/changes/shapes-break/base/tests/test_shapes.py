import math

from planar import Circle, Rectangle, Square


def test_rectangle_area():
    assert Rectangle(2, 3).area() == 6


def test_square_area():
    assert Square(4).area() == 16


def test_square_is_a_rectangle():
    assert isinstance(Square(1), Rectangle)


def test_circle_area():
    assert Circle(1).area() == math.pi


def test_describe():
    assert Square(2).describe() == "square with area 4.00"
