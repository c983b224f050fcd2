import urllib.parse
import urllib.request
from typing import Any, Dict, Mapping, Optional

from .models import Response


class Session:
    def __init__(self, headers: Optional[Dict[str, str]] = None, max_redirects: int = 30) -> None:
        self.headers = dict(headers or {})
        self.max_redirects = max_redirects

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        params: Optional[Mapping[str, str]] = None,
        data: Optional[bytes] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        allow_redirects: bool = True,
    ) -> Response:
        if params:
            url = url + "?" + urllib.parse.urlencode(params)
        req = urllib.request.Request(url, data=data, method=method, headers={**self.headers, **(headers or {})})
        with urllib.request.urlopen(req, timeout=timeout) as fh:
            return Response(fh.status, fh.read(), dict(fh.headers))

    def get(self, url: str, **kwargs: Any) -> Response:
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> Response:
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def close(self) -> None:
        pass
