"""Errors raised by tokenstore."""


class InvalidTokenError(ValueError):
    """The token is not of the form tk_<hex>."""
