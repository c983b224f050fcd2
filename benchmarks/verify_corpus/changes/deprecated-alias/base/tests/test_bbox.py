import pytest

from geokit import bbox


def test_bbox():
    assert bbox([(1, 2), (-3, 5), (0, 0)]) == (-3, 0, 1, 5)


def test_bbox_empty():
    with pytest.raises(ValueError):
        bbox([])
