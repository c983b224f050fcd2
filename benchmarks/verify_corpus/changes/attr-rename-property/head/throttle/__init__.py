"""throttle: a small token-bucket rate limiter."""

from .bucket import TokenBucket
from .clock import MonotonicClock

__version__ = "2.2.0"
__all__ = ["TokenBucket", "MonotonicClock"]
