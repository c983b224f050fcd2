"""Length conversions."""

FOOT = 0.3048


def feet_to_metres(feet: float) -> float:
    return feet * FOOT


def metres_to_feet(metres: float) -> float:
    return metres / FOOT
