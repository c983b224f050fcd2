from .client import Bucket, Client

__all__ = ["Bucket", "Client"]
