from __future__ import annotations

import urllib.request
from typing import Any, Mapping, Optional

from .models import Response


class Client:
    """A connection-pooling client."""

    def __init__(self, base_url: str = "", timeout: Optional[float] = 5.0, headers: Optional[Mapping[str, str]] = None) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.headers = dict(headers or {})

    def request(
        self,
        method: str,
        url: str,
        params: Optional[Mapping[str, str]] = None,
        data: Optional[bytes] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> Response:
        req = urllib.request.Request(self.base_url + url, data=data, method=method, headers={**self.headers, **(headers or {})})
        with urllib.request.urlopen(req, timeout=self.timeout) as fh:
            return Response(fh.status, fh.read(), dict(fh.headers))

    def get(self, url: str, params: Optional[Mapping[str, str]] = None, headers: Optional[Mapping[str, str]] = None) -> Response:
        return self.request("GET", url, params=params, headers=headers)

    def post(self, url: str, data: Optional[bytes] = None, headers: Optional[Mapping[str, str]] = None) -> Response:
        return self.request("POST", url, data=data, headers=headers)


def request(method: str, url: str, **kwargs: Any) -> Response:
    return Client().request(method, url, **kwargs)


def get(url: str, **kwargs: Any) -> Response:
    return request("GET", url, **kwargs)
