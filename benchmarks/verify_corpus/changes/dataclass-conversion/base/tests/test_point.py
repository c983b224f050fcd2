from geom import Point, scale


def test_moved():
    q = Point(1, 2).moved(1, 1)
    assert (q.x, q.y) == (2, 3)


def test_scale_default():
    q = scale(Point(1, 2))
    assert (q.x, q.y) == (2, 4)


def test_points_in_set():
    a = Point(1, 1)
    assert len({a, Point(1, 1)}) == 2
