from .reader import FeedReader, fetch_many

__all__ = ["FeedReader", "fetch_many"]
