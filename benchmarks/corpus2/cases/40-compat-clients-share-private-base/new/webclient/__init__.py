from .client import AsyncClient, Client, Request, Response

__all__ = ["AsyncClient", "Client", "Request", "Response"]
