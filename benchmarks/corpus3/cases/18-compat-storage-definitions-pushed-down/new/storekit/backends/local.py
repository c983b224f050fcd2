"""Kept for backwards compatibility; the implementation lives in storekit._impl."""
from .._impl.fs import LocalStore as LocalStore

__all__ = ["LocalStore"]
