"""Retry a callable a fixed number of times."""

import functools
import logging
import time

from .errors import RetryError

logger = logging.getLogger(__name__)

DEFAULT_ATTEMPTS = 5
DEFAULT_DELAY = 0.5


def call_with_retry(func, attempts=DEFAULT_ATTEMPTS, delay=DEFAULT_DELAY, exceptions=(Exception,),
                    sleep=time.sleep, on_retry=None):
    """Call ``func()`` until it succeeds or ``attempts`` run out.

    When every attempt fails, :class:`RetryError` is raised from the exception of the last attempt.
    ``on_retry(attempt, exc)``, when given, is called after each failed attempt but the last.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return func()
        except exceptions as exc:
            if attempt == attempts:
                logger.error("giving up after %d attempts", attempts)
                raise RetryError(attempts, exc) from exc
            logger.warning("attempt %d of %d failed: %s", attempt, attempts, exc)
            if on_retry is not None:
                on_retry(attempt, exc)
            sleep(delay)


def retry(attempts=DEFAULT_ATTEMPTS, delay=DEFAULT_DELAY, exceptions=(Exception,)):
    """Decorator form of :func:`call_with_retry`."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return call_with_retry(lambda: func(*args, **kwargs), attempts=attempts, delay=delay,
                                   exceptions=exceptions)

        return wrapper

    return decorate
