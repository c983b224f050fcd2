"""statskit: descriptive statistics."""
from statskit.central import mean, median, mode
from statskit.spread import percentile, pvariance, stdev

__version__ = "2.4.2"
__all__ = ["mean", "median", "mode", "percentile", "pvariance", "stdev"]
