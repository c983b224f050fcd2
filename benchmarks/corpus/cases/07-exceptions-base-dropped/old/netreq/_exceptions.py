"""Exception hierarchy.

HTTPError
 +-- RequestError
      +-- TransportError
      |    +-- TimeoutException (also builtins.TimeoutError)
      |    +-- ConnectError (also builtins.ConnectionError)
      +-- DecodingError (also ValueError)
      +-- TooManyRedirects
"""

__all__ = [
    "HTTPError",
    "RequestError",
    "TransportError",
    "TimeoutException",
    "ConnectError",
    "DecodingError",
    "TooManyRedirects",
]


class HTTPError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RequestError(HTTPError):
    pass


class TransportError(RequestError):
    pass


class TimeoutException(TransportError, TimeoutError):
    pass


class ConnectError(TransportError, ConnectionError):
    pass


class DecodingError(RequestError, ValueError):
    pass


class TooManyRedirects(RequestError):
    pass
