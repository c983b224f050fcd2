from typing import Dict, Optional


class Request:
    def __init__(self, method: str, path: str, headers: Optional[Dict[str, str]] = None) -> None:
        self.method = method
        self.path = path
        self.headers = headers or {}


class Response:
    def __init__(self, body: bytes, status: int = 200) -> None:
        self.body = body
        self.status = status
