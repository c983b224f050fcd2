"""retrykit: call a function again when it fails."""

from .core import DEFAULT_ATTEMPTS, DEFAULT_DELAY, call_with_retry, retry
from .errors import RetryError

__all__ = ["DEFAULT_ATTEMPTS", "DEFAULT_DELAY", "RetryError", "call_with_retry", "retry"]
__version__ = "1.5.0"
