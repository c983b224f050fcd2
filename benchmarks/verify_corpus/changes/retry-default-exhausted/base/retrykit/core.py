"""Retry a callable a fixed number of times."""

import functools
import logging
import time

logger = logging.getLogger(__name__)

DEFAULT_ATTEMPTS = 3
DEFAULT_DELAY = 0.5


def call_with_retry(func, attempts=DEFAULT_ATTEMPTS, delay=DEFAULT_DELAY, exceptions=(Exception,),
                    sleep=time.sleep):
    """Call ``func()`` until it succeeds or ``attempts`` run out.

    When every attempt fails, the exception of the last attempt is re-raised unchanged.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return func()
        except exceptions as exc:
            if attempt == attempts:
                logger.error("giving up after %d attempts", attempts)
                raise
            logger.warning("attempt %d of %d failed: %s", attempt, attempts, exc)
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
