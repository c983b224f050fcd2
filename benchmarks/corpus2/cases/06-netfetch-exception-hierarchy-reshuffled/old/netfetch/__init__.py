from .exceptions import (
    ConnectionError,
    ConnectTimeout,
    HTTPError,
    InvalidURL,
    ReadTimeout,
    RequestException,
    SSLError,
    Timeout,
)
from .api import get

__all__ = [
    "ConnectionError",
    "ConnectTimeout",
    "HTTPError",
    "InvalidURL",
    "ReadTimeout",
    "RequestException",
    "SSLError",
    "Timeout",
    "get",
]
