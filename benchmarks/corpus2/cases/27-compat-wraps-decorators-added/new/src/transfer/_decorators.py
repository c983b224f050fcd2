import functools
import logging
import time
from typing import Any, Callable, Tuple, Type, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("transfer")


def retry_on(*exc_types: Type[BaseException], attempts: int = 3, delay: float = 0.5):
    """tenacity-style retry decorator (untyped factory)."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exc_types:
                    if attempt == attempts:
                        raise
                    time.sleep(delay * attempt)

        return wrapper

    return decorator


def timed(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            log.debug("%s took %.3fs", func.__qualname__, time.perf_counter() - start)

    return cast(F, wrapper)
