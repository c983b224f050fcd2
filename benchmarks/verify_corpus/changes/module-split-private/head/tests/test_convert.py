import pytest

from unitconv import celsius_to_fahrenheit, feet_to_meters, meters_to_feet
from unitconv.convert import fahrenheit_to_celsius


def test_meters_to_feet():
    assert meters_to_feet(1) == pytest.approx(3.28084)


def test_round_trip_length():
    assert feet_to_meters(meters_to_feet(12.5)) == pytest.approx(12.5)


def test_boiling_point():
    assert celsius_to_fahrenheit(100) == pytest.approx(212)
    assert fahrenheit_to_celsius(212) == pytest.approx(100)
