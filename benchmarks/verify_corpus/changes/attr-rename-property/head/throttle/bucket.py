"""The token bucket."""

import logging

logger = logging.getLogger(__name__)


class TokenBucket:
    """A bucket of `capacity` tokens refilled at `rate` tokens per second."""

    rate = 1.0

    def __init__(self, capacity, refill_rate=None):
        self.capacity = capacity
        if refill_rate is not None:
            self.rate = refill_rate
        self._tokens = capacity

    @property
    def available(self):
        """Tokens left in the bucket (read-only)."""
        return self._tokens

    def take(self, n=1):
        """Take `n` tokens; return False (and take nothing) when too few are left."""
        if n > self._tokens:
            logger.warning("rate limited: requested %d tokens, %d available", n, self._tokens)
            return False
        self._tokens -= n
        return True

    def refill(self, seconds):
        """Add the tokens earned in `seconds`, up to the capacity."""
        self._tokens = min(self.capacity, self._tokens + seconds * self.rate)
