"""Backwards-compatible home of the exceptions; they now live in dbkit.errors."""
from .errors import *  # noqa: F401,F403
from .errors import __all__
