from ._client import Client, Limits, Response, get

__all__ = ["Client", "Limits", "Response", "get"]
