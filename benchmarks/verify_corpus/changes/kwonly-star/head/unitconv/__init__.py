"""unitconv: convert between units of length and mass."""

from unitconv.core import Converter, convert
from unitconv.units import FACTORS, UnknownUnit

__all__ = ["Converter", "convert", "FACTORS", "UnknownUnit"]
__version__ = "1.4.1"
