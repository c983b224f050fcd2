from unitconv.length import feet_to_metres, metres_to_feet
from unitconv.temperature import celsius_to_fahrenheit, fahrenheit_to_celsius, kelvin_to_celsius

__all__ = ["celsius_to_fahrenheit", "fahrenheit_to_celsius", "feet_to_metres", "kelvin_to_celsius", "metres_to_feet"]
