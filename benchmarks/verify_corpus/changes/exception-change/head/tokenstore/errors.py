"""Errors raised by tokenstore."""


class TokenError(Exception):
    """Base class of every tokenstore error."""


class InvalidTokenError(TokenError):
    """The token is not of the form tk_<hex>."""


class TokenExpiredError(TokenError):
    """The token existed but its time to live has passed."""
