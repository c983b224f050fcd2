import functools
import time
from typing import Any, Callable, Tuple, Type, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class RetryError(Exception):
    def __init__(self, attempts: int, last: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts = attempts
        self.last = last


def stop_after(attempts: int) -> Callable[[int], bool]:
    return lambda n: n >= attempts


def wait_fixed(seconds: float) -> Callable[[int], float]:
    return lambda n: seconds


class retry:
    """Decorator class: ``@retry(attempts=5)``.

    Instances keep statistics: ``retry.statistics``.
    """

    default_exceptions: Tuple[Type[BaseException], ...] = (Exception,)

    def __init__(self, attempts: int = 3, wait: float = 0.0, exceptions: Tuple[Type[BaseException], ...] = (Exception,)) -> None:
        self.attempts = attempts
        self.wait = wait
        self.exceptions = exceptions
        self.statistics = {"calls": 0, "retries": 0}

    def __call__(self, fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.statistics["calls"] += 1
            for n in range(1, self.attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except self.exceptions as exc:
                    if n == self.attempts:
                        raise RetryError(n, exc) from exc
                    self.statistics["retries"] += 1
                    time.sleep(self.wait)

        return wrapper  # type: ignore[return-value]
