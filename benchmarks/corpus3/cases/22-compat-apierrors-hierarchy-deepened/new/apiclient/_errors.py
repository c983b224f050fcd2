from __future__ import annotations

from typing import Any, Mapping


class APIError(Exception):
    def __init__(self, message: str, status: int, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.headers: Mapping[str, str] = headers or {}

    @classmethod
    def from_response(cls, response: Any) -> APIError:
        return cls(response.reason, response.status_code, headers=response.headers)


class ClientError(APIError):
    """4xx responses."""


class NotFound(ClientError, LookupError):
    pass


class Conflict(ClientError):
    pass


class ServerError(APIError):
    retryable: bool = True
