"""Fetch many resources through a pluggable loader."""

from fetchq.cache import MemoryCache
from fetchq.client import Client, FetchError, fetch_all

__all__ = ["Client", "FetchError", "MemoryCache", "fetch_all"]
__version__ = "0.4.2"
