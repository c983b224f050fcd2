from __future__ import annotations

import urllib.request
from typing import Any, Mapping

from .models import Response


class Client:
    """A connection-pooling client.

    ``data=`` was renamed to ``content=`` for raw request bodies.
    """

    def __init__(self, base_url: str = "", timeout: float | None = 5.0, headers: Mapping[str, str] | None = None) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.headers = dict(headers or {})

    def request(
        self,
        method: str,
        url: str,
        params: Mapping[str, str] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        req = urllib.request.Request(self.base_url + url, data=content, method=method, headers={**self.headers, **(headers or {})})
        with urllib.request.urlopen(req, timeout=self.timeout) as fh:
            return Response(fh.status, fh.read(), dict(fh.headers))

    def get(self, url: str, params: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None) -> Response:
        return self.request("GET", url, params=params, headers=headers)

    def post(self, url: str, content: bytes | None = None, headers: Mapping[str, str] | None = None) -> Response:
        return self.request("POST", url, content=content, headers=headers)


def request(method: str, url: str, **kwargs: Any) -> Response:
    return Client().request(method, url, **kwargs)


def get(url: str, **kwargs: Any) -> Response:
    return request("GET", url, **kwargs)
