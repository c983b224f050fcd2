import json
from typing import Any, Dict, Optional


class Response:
    def __init__(self, status_code: int, content: bytes = b"", headers: Optional[Dict[str, str]] = None) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = dict(headers or {})

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self, **kwargs: Any) -> Any:
        return json.loads(self.text, **kwargs)

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise RuntimeError(f"HTTP {self.status_code}")
