from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional


class Response:
    def __init__(self, status_code: int, content: bytes = b"") -> None:
        self.status_code = status_code
        self.content = content


class Limits:
    def __init__(self, *, max_connections: Optional[int] = None, max_keepalive_connections: Optional[int] = None) -> None:
        self.max_connections = max_connections
        self.max_keepalive_connections = max_keepalive_connections


class Client:
    def __init__(
        self,
        base_url: str = "",
        headers: Optional[Mapping[str, str]] = None,
        timeout: float = 5.0,
        *,
        http2: bool = False,
        limits: Optional[Limits] = None,
        event_hooks: Optional[Mapping[str, List[Callable[..., Any]]]] = None,
    ) -> None:
        self.base_url = base_url
        self.headers: Dict[str, str] = dict(headers or {})
        self.timeout = timeout
        self.http2 = http2
        self.limits = limits or Limits()
        self.event_hooks = {k: list(v) for k, v in (event_hooks or {}).items()}

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Optional[Mapping[str, str]] = None,
        json: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        extensions: Optional[Dict[str, Any]] = None,
    ) -> Response:
        """timeout=None means the client's timeout, as before."""
        for hook in self.event_hooks.get("request", []):
            hook(method, url)
        return Response(200, b"")

    def get(
        self,
        url: str,
        *,
        params: Optional[Mapping[str, str]] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
    ) -> Response:
        return self.request("GET", url, params=params, headers=headers, timeout=timeout)

    def stream(self, method: str, url: str, **kwargs: Any) -> Iterator[bytes]:
        yield self.request(method, url, **kwargs).content

    def close(self) -> None:
        pass


def get(url: str, *, params: Optional[Mapping[str, str]] = None, **kwargs: Any) -> Response:
    return Client().get(url, params=params, **kwargs)
