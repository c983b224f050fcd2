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


def retry(attempts: int = 3, wait: float = 0.0, exceptions: Tuple[Type[BaseException], ...] = (Exception,)) -> Callable[[F], F]:
    """Decorator factory: ``@retry(attempts=5)``."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for n in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if n == attempts:
                        raise RetryError(n, exc) from exc
                    time.sleep(wait)

        return wrapper  # type: ignore[return-value]

    return decorate
