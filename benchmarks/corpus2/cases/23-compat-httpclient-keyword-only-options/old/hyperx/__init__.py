from ._client import Client, Response, get

__all__ = ["Client", "Response", "get"]
