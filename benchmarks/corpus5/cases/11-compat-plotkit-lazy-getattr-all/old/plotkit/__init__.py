from .figure import Figure
from .axes import Axes, subplots
__all__ = ["Figure", "Axes", "subplots"]
