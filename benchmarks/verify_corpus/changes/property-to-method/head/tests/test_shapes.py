from geomkit import Point, Rect


def test_distance():
    assert Point(0, 0).distance_to(Point(3, 4)) == 5


def test_area_and_perimeter():
    r = Rect(Point(0, 0), 2, 3)
    assert r.area() == 6
    assert r.perimeter == 10


def test_contains_edges():
    r = Rect(Point(0, 0), 2, 3)
    assert r.contains(Point(2, 3)) and not r.contains(Point(2.1, 0))


def test_scale_keeps_origin():
    r = Rect(Point(1, 1), 2, 3).scale(2)
    assert r.origin == Point(1, 1) and r.area() == 24
