"""Plotting helpers. Importing the package imports every backend (slow)."""
from . import colors
from .figure import Figure, subplots
from .backends.svg import SVGBackend
from .backends.png import PNGBackend

__all__ = ["colors", "Figure", "subplots", "SVGBackend", "PNGBackend"]
