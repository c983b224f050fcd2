"""netfetch's exceptions."""
import json
from typing import Any, Optional


class RequestException(IOError):
    """There was an ambiguous exception that occurred while handling your request."""

    def __init__(self, *args: Any, response: Optional[Any] = None) -> None:
        super().__init__(*args)
        self.response = response


class HTTPError(RequestException):
    """An HTTP error occurred."""


class ConnectionError(RequestException):
    """A Connection error occurred."""


class ProxyError(ConnectionError):
    """A proxy error occurred."""


class SSLError(RequestException):
    """An SSL error occurred (no longer a ConnectionError: the connection itself succeeded)."""


class Timeout(RequestException):
    """The request timed out."""


class ConnectTimeout(ConnectionError):
    """The request timed out while trying to connect to the remote server (not retried as a Timeout)."""


class ReadTimeout(Timeout):
    """The server did not send any data in the allotted amount of time."""


class InvalidURL(RequestException, ValueError):
    """The URL provided was somehow invalid."""


class URLRequired(InvalidURL):
    """A valid URL is required to make a request."""


class InvalidHeader(InvalidURL):
    """The header value provided was somehow invalid."""


class InvalidJSONError(RequestException):
    """A JSON error occurred."""


class JSONDecodeError(InvalidJSONError, json.JSONDecodeError):
    """Couldn't decode the text into json."""
