from .local import LocalStore
from .s3 import S3Store

__all__ = ["LocalStore", "S3Store"]
