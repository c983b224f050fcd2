import pytest

from geomkit import Point, Rect, grid_points


def test_grid_points_unit_square():
    pts = list(grid_points(Rect(Point(0, 0), 1, 1)))
    assert pts == [Point(0, 0), Point(1, 0), Point(0, 1), Point(1, 1)]


def test_grid_points_first_point_is_origin():
    pts = grid_points(Rect(Point(2, 5), 10, 10))
    assert pts[0] == Point(2, 5)


def test_grid_points_rejects_bad_step():
    with pytest.raises(ValueError):
        list(grid_points(Rect(Point(0, 0), 1, 1), step=0))
