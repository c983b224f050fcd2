import pytest

from statskit import mean, median, mode


def test_mean():
    assert mean([1, 2, 3, 4]) == 2.5


def test_median_even():
    assert median([4, 1, 3, 2]) == 2.5


def test_mode():
    assert mode([1, 2, 2, 3]) == 2


def test_empty_mean():
    with pytest.raises(ValueError):
        mean([])
