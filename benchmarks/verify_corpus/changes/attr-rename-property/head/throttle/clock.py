"""Clocks the bucket can be driven by."""

import time


class MonotonicClock:
    """Seconds from time.monotonic()."""

    def now(self):
        return time.monotonic()
