from ._errors import APIError, ClientError, Conflict, NotFound, ServerError

__all__ = ["APIError", "ClientError", "Conflict", "NotFound", "ServerError"]
