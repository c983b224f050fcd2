from .core import RetryError, retry, stop_after, wait_fixed

__all__ = ["RetryError", "retry", "stop_after", "wait_fixed"]
