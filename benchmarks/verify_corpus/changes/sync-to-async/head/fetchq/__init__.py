"""Fetch many resources through a pluggable loader."""

from fetchq.cache import MemoryCache
from fetchq.client import Client, FetchError, fetch_all, fetch_all_sync

__all__ = ["Client", "FetchError", "MemoryCache", "fetch_all", "fetch_all_sync"]
__version__ = "0.5.0"
