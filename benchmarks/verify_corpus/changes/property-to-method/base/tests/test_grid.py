import pytest

from geomkit import Point, Rect, grid_points


def test_grid_points_unit_square():
    pts = list(grid_points(Rect(Point(0, 0), 1, 1)))
    assert pts == [Point(0, 0), Point(1, 0), Point(0, 1), Point(1, 1)]


def test_grid_points_is_lazy():
    gen = grid_points(Rect(Point(0, 0), 1000, 1000))
    assert next(gen) == Point(0, 0)


def test_grid_points_rejects_bad_step():
    with pytest.raises(ValueError):
        list(grid_points(Rect(Point(0, 0), 1, 1), step=0))
