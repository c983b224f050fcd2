from .client import Entry, FeedClient

__all__ = ["Entry", "FeedClient"]
