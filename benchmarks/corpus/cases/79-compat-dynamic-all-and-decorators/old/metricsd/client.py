import functools
import time
from typing import Any, Callable, Dict, Optional, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Counter:
    def __init__(self, name: str) -> None:
        self.name = name
        self.value = 0

    def inc(self, amount: int = 1) -> None:
        self.value += amount


class Gauge:
    def __init__(self, name: str) -> None:
        self.name = name
        self._value = 0.0

    @property
    def value(self) -> float:
        return self._value

    @value.setter
    def value(self, v: float) -> None:
        self._value = v


class MetricsClient:
    def __init__(self, host: str = "localhost", port: int = 8125, prefix: Optional[str] = None) -> None:
        self.host = host
        self.port = port
        self.prefix = prefix
        self._metrics: Dict[str, Any] = {}

    def counter(self, name: str) -> Counter:
        return self._metrics.setdefault(name, Counter(name))

    def gauge(self, name: str) -> Gauge:
        return self._metrics.setdefault(name, Gauge(name))


def timed(name: str) -> Callable[[F], F]:
    def decorator(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                print(name, time.perf_counter() - start)

        return wrapper  # type: ignore[return-value]

    return decorator
