"""Temperature conversions."""

ABSOLUTE_ZERO_C = -273.15


def celsius_to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9


def kelvin_to_celsius(kelvin: float) -> float:
    if kelvin < 0:
        raise ValueError("below absolute zero")
    return kelvin + ABSOLUTE_ZERO_C
