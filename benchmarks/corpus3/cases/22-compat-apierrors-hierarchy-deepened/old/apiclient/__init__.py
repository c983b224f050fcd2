from .errors import APIError, Conflict, NotFound, ServerError

__all__ = ["APIError", "Conflict", "NotFound", "ServerError"]
