from typing import Any, Dict, Optional

from .parser import load


class HTTPConfigClient:
    def __init__(self, url: str, token: Optional[str] = None) -> None:
        self.url = url
        self.token = token
        self._open = True

    def fetch(self, name: str) -> Dict[str, Any]:
        return load(f"name: {name}")

    def close(self) -> None:
        self._open = False


def merge(base: HTTPConfigClient, other: HTTPConfigClient) -> Dict[str, Any]:
    return {**base.fetch("a"), **other.fetch("a")}
