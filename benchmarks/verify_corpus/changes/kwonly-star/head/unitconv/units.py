"""Conversion factors to the base unit of each dimension (metre, kilogram)."""

FACTORS = {
    "length": {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048},
    "mass": {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125},
}


class UnknownUnit(ValueError):
    """Raised for a unit that is not in FACTORS."""


def dimension_of(unit: str) -> str:
    for dimension, table in FACTORS.items():
        if unit in table:
            return dimension
    raise UnknownUnit(unit)
