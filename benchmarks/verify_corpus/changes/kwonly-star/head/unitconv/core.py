"""Unit conversion."""

from __future__ import annotations

from unitconv.units import FACTORS, UnknownUnit, dimension_of


class Converter:
    """Converts values between two units of the same dimension."""

    def __init__(self, from_unit: str, to_unit: str, *, precision: int = 2) -> None:
        dim = dimension_of(from_unit)
        if dimension_of(to_unit) != dim:
            raise UnknownUnit(f"cannot convert {from_unit} to {to_unit}")
        self.from_unit = from_unit
        self.to_unit = to_unit
        self.precision = precision
        self._factor = FACTORS[dim][from_unit] / FACTORS[dim][to_unit]

    def __call__(self, value: float) -> float:
        return round(value * self._factor, self.precision)


def convert(value: float, from_unit: str, to_unit: str, *, precision: int = 2) -> float:
    """Convert `value` from `from_unit` to `to_unit`, rounded to `precision` digits.

    `precision` is keyword-only.
    """
    return Converter(from_unit, to_unit, precision=precision)(value)
