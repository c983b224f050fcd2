"""The client: a loader (url -> bytes) with retries and an optional cache."""

from __future__ import annotations

from typing import Callable

from fetchq.cache import MemoryCache

Loader = Callable[[str], bytes]


class FetchError(Exception):
    """Every attempt to load a URL failed."""


class Client:
    def __init__(self, loader: Loader, retries: int = 2, cache: MemoryCache | None = None) -> None:
        self.loader = loader
        self.retries = retries
        self.cache = cache

    def fetch_one(self, url: str) -> bytes:
        if self.cache is not None and (hit := self.cache.get(url)) is not None:
            return hit
        last: Exception | None = None
        for _ in range(self.retries + 1):
            try:
                body = self.loader(url)
            except OSError as exc:
                last = exc
                continue
            if self.cache is not None:
                self.cache.set(url, body)
            return body
        raise FetchError(url) from last


def fetch_all(client: Client, urls: list[str]) -> list[bytes]:
    """Fetch every URL in order."""
    return [client.fetch_one(url) for url in urls]
