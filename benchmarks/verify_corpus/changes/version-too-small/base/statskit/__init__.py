"""statskit: descriptive statistics."""
from statskit.central import mean, median, mode
from statskit.spread import percentile, stdev, variance_population

__version__ = "2.4.1"
__all__ = ["mean", "median", "mode", "percentile", "stdev", "variance_population"]
