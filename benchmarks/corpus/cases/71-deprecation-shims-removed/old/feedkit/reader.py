import warnings
from typing import Any, Dict, List


class FeedReader:
    def __init__(self, urls: List[str]) -> None:
        self.urls = urls

    def read(self) -> List[Dict[str, Any]]:
        return [{"url": u} for u in self.urls]


def fetch_many(urls: List[str]) -> List[Dict[str, Any]]:
    return FeedReader(urls).read()


_RENAMED = {"fetch_all": "fetch_many", "Reader": "FeedReader"}


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        warnings.warn(f"{name} is deprecated; use {_RENAMED[name]}", DeprecationWarning, stacklevel=2)
        return globals()[_RENAMED[name]]
    raise AttributeError(name)
