from typing import ClassVar, Dict, Optional


def _parse_cookies(header: str) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for part in header.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


class Request:
    """A WSGI-style request object."""

    charset: ClassVar[str] = "utf-8"
    max_content_length: ClassVar[Optional[int]] = None

    method: str
    path: str
    headers: Dict[str, str]
    cookies: Dict[str, str]
    content_length: int

    def __init__(self, method: str, path: str, headers: Optional[Dict[str, str]] = None, body: bytes = b"") -> None:
        self.method = method.upper()
        self.path = path
        self.headers = dict(headers or {})
        self.cookies = _parse_cookies(self.headers.get("Cookie", ""))
        self.content_length = len(body)
        self._body = body

    def get_data(self, as_text: bool = False) -> bytes:
        return self._body
