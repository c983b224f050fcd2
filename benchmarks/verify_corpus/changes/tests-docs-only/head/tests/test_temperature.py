import pytest

from unitconv import celsius_to_fahrenheit, fahrenheit_to_celsius, kelvin_to_celsius


def test_boiling_point():
    assert celsius_to_fahrenheit(100) == pytest.approx(212)


def test_freezing_point():
    assert fahrenheit_to_celsius(32) == pytest.approx(0)


def test_kelvin_to_celsius():
    assert kelvin_to_celsius(273.15) == pytest.approx(0)


def test_negative_kelvin_rejected():
    with pytest.raises(ValueError):
        kelvin_to_celsius(-1)
