"""Download helpers."""
import json
import urllib.request
import warnings
from typing import Any, Dict, Optional

from typing_extensions import deprecated

__version__ = "1.8.0"


def fetch(url: str, timeout: float = 10.0, retries: int = 0, *, timeout_seconds: Optional[float] = None) -> bytes:
    """Download *url*.

    ``timeout_seconds`` is the pre-1.8 name of ``timeout``; it still works but warns.
    """
    if timeout_seconds is not None:
        warnings.warn("fetch(timeout_seconds=...) is deprecated, use timeout=...", DeprecationWarning, stacklevel=2)
        timeout = timeout_seconds
    last: Optional[Exception] = None
    for _ in range(retries + 1):
        try:
            with urllib.request.urlopen(url, timeout=timeout) as fh:
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

    def json(self, path: str) -> Any:
        return json.loads(self.get(path))

    @deprecated("Downloader.get_json() is deprecated, use Downloader.json()")
    def get_json(self, path: str) -> Any:
        return self.json(path)


def headers_for(user_agent: str) -> Dict[str, str]:
    warnings.warn("headers_for() is deprecated and will be removed in 2.0", DeprecationWarning, stacklevel=2)
    return {"User-Agent": user_agent}
