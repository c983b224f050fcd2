from typing import ClassVar, Dict, Iterator, List, Mapping, Optional, Tuple


def _parse_cookies(header: str) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for part in header.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


class Headers(Mapping[str, str]):
    """An immutable, case-insensitive view of the request headers."""

    def __init__(self, items: Optional[Mapping[str, str]] = None) -> None:
        self._items: List[Tuple[str, str]] = list((items or {}).items())

    def __getitem__(self, key: str) -> str:
        for k, v in self._items:
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def getlist(self, key: str) -> List[str]:
        return [v for k, v in self._items if k.lower() == key.lower()]


class Request:
    """A WSGI-style request object."""

    charset: ClassVar[str] = "utf-8"
    max_content_length: ClassVar[Optional[int]] = 16 * 1024 * 1024

    method: str
    path: str
    headers: Headers
    cookies: dict[str, str]
    content_length: Optional[int]

    def __init__(self, method: str, path: str, headers: Optional[Mapping[str, str]] = None, body: bytes = b"") -> None:
        self.method = method.upper()
        self.path = path
        self.headers = Headers(headers)
        self.cookies = _parse_cookies(self.headers.get("Cookie", ""))
        self.content_length = len(body) if body else None
        self._body = body

    def get_data(self, as_text: bool = False) -> bytes:
        return self._body
