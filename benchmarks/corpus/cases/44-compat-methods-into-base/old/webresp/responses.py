import json
from typing import Any, Dict, List, Optional, Tuple


class JSONResponse:
    media_type = "application/json"

    def __init__(self, content: Any, status_code: int = 200, headers: Optional[Dict[str, str]] = None) -> None:
        self.status_code = status_code
        self.headers = dict(headers or {})
        self.body = self.render(content)

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":")).encode()

    def set_cookie(self, key: str, value: str = "", max_age: Optional[int] = None, httponly: bool = False) -> None:
        cookie = f"{key}={value}" + (f"; Max-Age={max_age}" if max_age is not None else "") + ("; HttpOnly" if httponly else "")
        self.headers["set-cookie"] = cookie

    def raw_headers(self) -> List[Tuple[bytes, bytes]]:
        return [(k.encode(), v.encode()) for k, v in self.headers.items()]


class HTMLResponse:
    media_type = "text/html"

    def __init__(self, content: Any, status_code: int = 200, headers: Optional[Dict[str, str]] = None) -> None:
        self.status_code = status_code
        self.headers = dict(headers or {})
        self.body = self.render(content)

    def render(self, content: Any) -> bytes:
        return str(content).encode()

    def set_cookie(self, key: str, value: str = "", max_age: Optional[int] = None, httponly: bool = False) -> None:
        cookie = f"{key}={value}" + (f"; Max-Age={max_age}" if max_age is not None else "") + ("; HttpOnly" if httponly else "")
        self.headers["set-cookie"] = cookie

    def raw_headers(self) -> List[Tuple[bytes, bytes]]:
        return [(k.encode(), v.encode()) for k, v in self.headers.items()]


class PlainTextResponse(HTMLResponse):
    media_type = "text/plain"
