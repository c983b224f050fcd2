"""A small HTTP client for humans."""
from .api import get, request
from .models import Response
from .sessions import Session

__all__ = ["get", "request", "Response", "Session"]
