from typing import Any, Dict, Mapping, Optional


class Request:
    def __init__(self, method: str, url: str, headers: Dict[str, str], content: bytes = b"") -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.content = content


class Response:
    def __init__(self, status_code: int, request: Request) -> None:
        self.status_code = status_code
        self.request = request


class _BaseClient:
    """State and request building shared by Client and AsyncClient."""

    def __init__(self, *, base_url: str = "", headers: Optional[Mapping[str, str]] = None, timeout: float = 5.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._headers = dict(headers or {})
        self.timeout = timeout

    @property
    def base_url(self) -> str:
        return self._base_url

    @base_url.setter
    def base_url(self, url: str) -> None:
        self._base_url = url.rstrip("/")

    @property
    def headers(self) -> Dict[str, str]:
        return self._headers

    def build_request(
        self,
        method: str,
        url: str,
        *,
        params: Optional[Mapping[str, str]] = None,
        headers: Optional[Mapping[str, str]] = None,
        content: Optional[bytes] = None,
    ) -> Request:
        return Request(method, self._merge_url(url), {**self._headers, **(headers or {})}, content or b"")

    def _merge_url(self, url: str) -> str:
        return url if "://" in url else self._base_url + url


class Client(_BaseClient):
    def send(self, request: Request) -> Response:
        return Response(200, request)

    def get(self, url: str, *, params: Optional[Mapping[str, str]] = None) -> Response:
        return self.send(self.build_request("GET", url, params=params))

    def close(self) -> None:
        pass

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncClient(_BaseClient):
    async def send(self, request: Request) -> Response:
        return Response(200, request)

    async def get(self, url: str, *, params: Optional[Mapping[str, str]] = None) -> Response:
        return await self.send(self.build_request("GET", url, params=params))

    async def aclose(self) -> None:
        pass

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()
