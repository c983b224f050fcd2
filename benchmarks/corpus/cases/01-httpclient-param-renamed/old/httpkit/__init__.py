"""httpkit: a small synchronous HTTP client."""
from .client import Client, get, request
from .exceptions import HTTPError, TimeoutException
from .models import Response

__all__ = ["Client", "Response", "request", "get", "HTTPError", "TimeoutException"]
__version__ = "0.9.0"
