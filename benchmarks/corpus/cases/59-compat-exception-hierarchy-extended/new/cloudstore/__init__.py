from .errors import AccessDenied, CloudError, NotFound, RateLimited, ServerError

__all__ = ["AccessDenied", "CloudError", "NotFound", "RateLimited", "ServerError"]
