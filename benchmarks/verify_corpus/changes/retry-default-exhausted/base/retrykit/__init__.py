"""retrykit: call a function again when it fails."""

from .core import DEFAULT_ATTEMPTS, DEFAULT_DELAY, call_with_retry, retry

__all__ = ["DEFAULT_ATTEMPTS", "DEFAULT_DELAY", "call_with_retry", "retry"]
__version__ = "1.4.0"
