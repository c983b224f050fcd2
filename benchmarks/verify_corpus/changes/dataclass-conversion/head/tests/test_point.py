from geom import Point, scale


def test_moved():
    q = Point(1, 2).moved(1, 1)
    assert (q.x, q.y) == (2, 3)


def test_scale_default():
    q = scale(Point(1, 2))
    assert (q.x, q.y) == (2, 4)


def test_equality():
    assert Point(1, 1) == Point(1, 1)


def test_repr():
    assert repr(Point(1, 2)) == "Point(x=1, y=2)"
