"""Download helpers."""
import urllib.request
from typing import Any, Dict, Optional

__version__ = "1.7.2"


def fetch(url: str, timeout_seconds: float = 10.0, retries: int = 0) -> bytes:
    last: Optional[Exception] = None
    for _ in range(retries + 1):
        try:
            with urllib.request.urlopen(url, timeout=timeout_seconds) as fh:
                return fh.read()
        except OSError as exc:
            last = exc
    assert last is not None
    raise last


class Downloader:
    def __init__(self, base_url: str, *, user_agent: str = "fetchy") -> None:
        self.base_url = base_url.rstrip("/")
        self.user_agent = user_agent

    def get(self, path: str) -> bytes:
        return fetch(f"{self.base_url}/{path.lstrip('/')}")

    def get_json(self, path: str) -> Any:
        import json

        return json.loads(self.get(path))


def headers_for(user_agent: str) -> Dict[str, str]:
    return {"User-Agent": user_agent}
