from .app import App, make_response
from .wrappers import Request, Response

__all__ = ["App", "Request", "Response", "make_response"]
