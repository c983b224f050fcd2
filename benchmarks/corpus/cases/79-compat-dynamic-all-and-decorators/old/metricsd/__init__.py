from .client import Counter, Gauge, MetricsClient, timed

__all__ = ["Counter", "Gauge", "MetricsClient", "timed"]
