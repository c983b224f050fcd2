"""Length conversions (private; import them from unitconv)."""

FEET_PER_METER = 3.28084


def meters_to_feet(meters: float) -> float:
    return meters * FEET_PER_METER


def feet_to_meters(feet: float) -> float:
    return feet / FEET_PER_METER
