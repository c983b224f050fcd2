"""All conversions (kept for compatibility: the code lives in _length and _temperature)."""

from ._length import FEET_PER_METER, feet_to_meters, meters_to_feet
from ._temperature import celsius_to_fahrenheit, fahrenheit_to_celsius

__all__ = [
    "FEET_PER_METER",
    "celsius_to_fahrenheit",
    "fahrenheit_to_celsius",
    "feet_to_meters",
    "meters_to_feet",
]
