"""The token bucket."""

import logging

logger = logging.getLogger(__name__)


class TokenBucket:
    """A bucket of `capacity` tokens refilled at `refill_rate` tokens per second."""

    refill_rate = 1.0

    def __init__(self, capacity, refill_rate=None):
        self.capacity = capacity
        if refill_rate is not None:
            self.refill_rate = refill_rate
        self.tokens = capacity

    def take(self, n=1):
        """Take `n` tokens; return False (and take nothing) when too few are left."""
        if n > self.tokens:
            logger.warning("bucket empty: wanted %d, have %d", n, self.tokens)
            return False
        self.tokens -= n
        return True

    def refill(self, seconds):
        """Add the tokens earned in `seconds`, up to the capacity."""
        self.tokens = min(self.capacity, self.tokens + seconds * self.refill_rate)
