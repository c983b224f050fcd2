"""All conversions."""

FEET_PER_METER = 3.28084


def meters_to_feet(meters: float) -> float:
    return meters * FEET_PER_METER


def feet_to_meters(feet: float) -> float:
    return feet / FEET_PER_METER


def celsius_to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9
