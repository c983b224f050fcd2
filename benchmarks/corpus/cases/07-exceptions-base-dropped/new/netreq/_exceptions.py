"""Exception hierarchy.

HTTPError
 +-- RequestError
      +-- TransportError
      |    +-- TimeoutException
      |    +-- NetworkError
      |         +-- ConnectError (also builtins.ConnectionError)
      +-- DecodingError
      +-- TooManyRedirects
"""

__all__ = [
    "HTTPError",
    "RequestError",
    "TransportError",
    "TimeoutException",
    "NetworkError",
    "ConnectError",
    "DecodingError",
    "TooManyRedirects",
]


class HTTPError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RequestError(HTTPError):
    """Any error while sending a request or reading its response."""


class TransportError(RequestError):
    pass


class TimeoutException(TransportError):
    pass


class NetworkError(TransportError):
    pass


class ConnectError(NetworkError, ConnectionError):
    pass


class DecodingError(RequestError):
    pass


class TooManyRedirects(RequestError):
    pass
