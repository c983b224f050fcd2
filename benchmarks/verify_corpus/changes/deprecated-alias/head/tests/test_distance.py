import pytest

from geokit import km_between


def test_same_point_is_zero():
    assert km_between((48.85, 2.35), (48.85, 2.35)) == 0


def test_paris_london():
    assert km_between((48.8566, 2.3522), (51.5074, -0.1278)) == pytest.approx(343.5, abs=1)
