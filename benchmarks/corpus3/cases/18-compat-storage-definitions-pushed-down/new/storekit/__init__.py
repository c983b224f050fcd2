from .backends import LocalStore, S3Store

__all__ = ["LocalStore", "S3Store"]
