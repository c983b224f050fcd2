from ._types import JSON, Headers
from .client import request

__all__ = ["JSON", "Headers", "request"]
