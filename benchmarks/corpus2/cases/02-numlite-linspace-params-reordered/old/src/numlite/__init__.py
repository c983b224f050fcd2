from .creation import arange, linspace, logspace
from .reductions import percentile

__all__ = ["arange", "linspace", "logspace", "percentile"]
