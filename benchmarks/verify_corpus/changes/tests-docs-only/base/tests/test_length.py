import pytest

from unitconv import feet_to_metres, metres_to_feet


def test_feet_to_metres():
    assert feet_to_metres(10) == pytest.approx(3.048)


def test_metres_to_feet():
    assert metres_to_feet(3.048) == pytest.approx(10)


def test_round_trip():
    assert feet_to_metres(metres_to_feet(7.5)) == pytest.approx(7.5)
