from typing import Any, Dict, Iterator, Mapping, Optional


class Response:
    def __init__(self, status_code: int, content: bytes = b"") -> None:
        self.status_code = status_code
        self.content = content


class Client:
    def __init__(
        self,
        base_url: str = "",
        headers: Optional[Mapping[str, str]] = None,
        timeout: float = 5.0,
    ) -> None:
        self.base_url = base_url
        self.headers: Dict[str, str] = dict(headers or {})
        self.timeout = timeout

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Optional[Mapping[str, str]] = None,
        json: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> Response:
        return Response(200, b"")

    def get(self, url: str, *, params: Optional[Mapping[str, str]] = None, headers: Optional[Mapping[str, str]] = None) -> Response:
        return self.request("GET", url, params=params, headers=headers)

    def stream(self, method: str, url: str, **kwargs: Any) -> Iterator[bytes]:
        yield self.request(method, url, **kwargs).content

    def close(self) -> None:
        pass


def get(url: str, **kwargs: Any) -> Response:
    return Client().get(url, **kwargs)
