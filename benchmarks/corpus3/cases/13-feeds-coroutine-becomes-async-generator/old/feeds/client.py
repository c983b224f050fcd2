from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import AsyncIterator


@dataclass
class Entry:
    title: str
    url: str


class FeedClient:
    async def _download(self, url: str) -> list[Entry]:
        await asyncio.sleep(0)
        return [Entry("hello", url)]

    async def fetch_all(self, url: str) -> list[Entry]:
        return await self._download(url)

    async def iter_entries(self, url: str) -> AsyncIterator[Entry]:
        for entry in await self._download(url):
            yield entry
