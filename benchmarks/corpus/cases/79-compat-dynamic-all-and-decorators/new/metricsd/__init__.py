from . import client as _client
from .client import Counter as Counter
from .client import Gauge as Gauge
from .client import MetricsClient as MetricsClient
from .client import timed as timed

__all__ = ["Counter", "Gauge"]
__all__ += ["MetricsClient"]
__all__.append("timed")
