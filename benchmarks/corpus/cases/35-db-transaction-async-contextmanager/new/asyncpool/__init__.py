from .pool import Pool, transaction

__all__ = ["Pool", "transaction"]
