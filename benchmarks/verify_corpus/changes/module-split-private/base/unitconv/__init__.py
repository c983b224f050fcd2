"""unitconv: length and temperature conversions."""

from .convert import (
    FEET_PER_METER,
    celsius_to_fahrenheit,
    fahrenheit_to_celsius,
    feet_to_meters,
    meters_to_feet,
)

__all__ = [
    "FEET_PER_METER",
    "celsius_to_fahrenheit",
    "fahrenheit_to_celsius",
    "feet_to_meters",
    "meters_to_feet",
]
