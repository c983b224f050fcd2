from __future__ import annotations

import json
from typing import Any, Mapping


class Response:
    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str]) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = dict(headers)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.content)

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            from .exceptions import HTTPError

            raise HTTPError(self.status_code)
