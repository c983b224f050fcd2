import pytest

from statskit import percentile, stdev, pvariance


def test_pvariance():
    assert pvariance([2, 4, 4, 4, 5, 5, 7, 9]) == 4


def test_stdev():
    assert stdev([2, 4, 4, 4, 5, 5, 7, 9]) == pytest.approx(2.138, abs=1e-3)


def test_percentile_median():
    assert percentile([1, 2, 3, 4, 5], 50) == 3


def test_percentile_lower():
    assert percentile([1, 2, 3, 4], 50, method="lower") == 2
