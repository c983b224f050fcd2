"""The client: a loader (url -> bytes) with retries and an optional cache."""

from __future__ import annotations

import asyncio
from typing import Callable

from fetchq.cache import MemoryCache

Loader = Callable[[str], bytes]


class FetchError(Exception):
    """Every attempt to load a URL failed."""


class Client:
    def __init__(self, loader: Loader, retries: int = 2, cache: MemoryCache | None = None, *,
                 user_agent: str) -> None:
        self.loader = loader
        self.user_agent = user_agent
        self.retries = retries
        self.cache = cache

    def fetch_one(self, url: str, *, timeout: float = 5.0) -> bytes:
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


async def fetch_all(client: Client, urls: list[str]) -> list[bytes]:
    """Fetch every URL concurrently (one worker thread each); results in the order of `urls`."""
    return list(await asyncio.gather(*(asyncio.to_thread(client.fetch_one, url) for url in urls)))


def fetch_all_sync(client: Client, urls: list[str]) -> list[bytes]:
    """Blocking helper for callers without an event loop."""
    return asyncio.run(fetch_all(client, urls))
