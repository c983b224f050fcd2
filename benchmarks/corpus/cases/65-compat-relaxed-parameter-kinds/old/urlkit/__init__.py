from .url import URL, join, quote

__all__ = ["URL", "join", "quote"]
