import functools
import logging
import time
from typing import Any, Callable, Dict, Optional, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])

_log = logging.getLogger(__name__)


def _logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        _log.debug("calling %s", fn.__qualname__)
        return fn(*args, **kwargs)

    return wrapper


class Counter:
    def __init__(self, name: str) -> None:
        self.name = name
        self.value = 0

    @_logged
    def inc(self, amount: int = 1) -> None:
        self.value += amount


class Gauge:
    def __init__(self, name: str) -> None:
        self.name = name
        self._value = 0.0

    def _get_value(self) -> float:
        return self._value

    def _set_value(self, v: float) -> None:
        self._value = v

    value = property(_get_value, _set_value, doc="Current gauge value.")


class MetricsClient:
    @_logged
    def __init__(self, host: str = "localhost", port: int = 8125, prefix: Optional[str] = None) -> None:
        self.host = host
        self.port = port
        self.prefix = prefix
        self._metrics: Dict[str, Any] = {}

    @_logged
    def counter(self, name: str) -> Counter:
        return self._metrics.setdefault(name, Counter(name))

    @_logged
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
                _log.info("%s took %.3fs", name, time.perf_counter() - start)

        return wrapper  # type: ignore[return-value]

    return decorator
