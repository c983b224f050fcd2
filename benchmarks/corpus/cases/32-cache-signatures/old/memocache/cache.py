import functools
import time
from typing import Any, Callable, Dict, Hashable, Optional, Tuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Cache:
    def __init__(self, maxsize: int = 128, ttl: Optional[float] = None) -> None:
        self.maxsize = maxsize
        self.ttl = ttl
        self._store: Dict[Hashable, Tuple[float, Any]] = {}

    def get(self, key: Hashable, default: Any = None) -> Any:
        item = self._store.get(key)
        if item is None:
            return default
        expires, value = item
        if expires and expires < time.monotonic():
            del self._store[key]
            return default
        return value

    def set(self, key: Hashable, value: Any, ttl: Optional[float] = None) -> None:
        ttl = ttl if ttl is not None else self.ttl
        if len(self._store) >= self.maxsize:
            self._store.pop(next(iter(self._store)))
        self._store[key] = (time.monotonic() + ttl if ttl else 0.0, value)

    def clear(self) -> None:
        self._store.clear()


def cached(ttl: Optional[float] = 60.0, maxsize: int = 128) -> Callable[[F], F]:
    def decorator(fn: F) -> F:
        cache = Cache(maxsize, ttl)

        @functools.wraps(fn)
        def wrapper(*args: Any) -> Any:
            hit = cache.get(args, _MISSING)
            if hit is _MISSING:
                hit = fn(*args)
                cache.set(args, hit)
            return hit

        return wrapper  # type: ignore[return-value]

    return decorator


_MISSING = object()
