"""In-memory opaque session tokens with a time to live."""

from tokenstore.errors import InvalidTokenError, TokenError, TokenExpiredError
from tokenstore.store import DEFAULT_TTL, TokenStore

__all__ = ["DEFAULT_TTL", "InvalidTokenError", "TokenError", "TokenExpiredError", "TokenStore"]
__version__ = "2.0.1"
