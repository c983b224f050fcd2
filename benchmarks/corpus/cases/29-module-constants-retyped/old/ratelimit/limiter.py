import time
from collections import defaultdict
from typing import DefaultDict, List

from . import defaults


class Limiter:
    def __init__(self, rate: int, window: int = 0) -> None:
        self.rate = rate
        self.window = window or defaults.WINDOW_SECONDS
        self._hits: DefaultDict[str, List[float]] = defaultdict(list)

    def hit(self, key: str) -> bool:
        now = time.monotonic()
        hits = [t for t in self._hits[defaults.KEY_PREFIX + key] if now - t < self.window]
        hits.append(now)
        self._hits[defaults.KEY_PREFIX + key] = hits
        return len(hits) <= self.rate + defaults.BURST
