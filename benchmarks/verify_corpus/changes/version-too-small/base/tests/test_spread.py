import pytest

from statskit import percentile, stdev, variance_population


def test_variance_population():
    assert variance_population([2, 4, 4, 4, 5, 5, 7, 9]) == 4


def test_stdev():
    assert stdev([2, 4, 4, 4, 5, 5, 7, 9]) == pytest.approx(2.138, abs=1e-3)


def test_percentile_median():
    assert percentile([1, 2, 3, 4, 5], 50) == 3
