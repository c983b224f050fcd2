import time
from typing import Any, Dict, Optional, Tuple

from .base import BaseCache


class SimpleCache(BaseCache):
    def __init__(self, threshold: int = 500, default_timeout: int = 300) -> None:
        super().__init__(default_timeout)
        self._cache: Dict[str, Tuple[float, Any]] = {}
        self._threshold = threshold

    def get(self, key: str) -> Optional[Any]:
        expires, value = self._cache.get(key, (0.0, None))
        return value if expires == 0 or expires > time.time() else None

    def set(self, key: str, value: Any, timeout: Optional[int] = None) -> bool:
        t = self.default_timeout if timeout is None else timeout
        self._cache[key] = (time.time() + t if t else 0.0, value)
        return True

    def has(self, key: str) -> bool:
        return key in self._cache
