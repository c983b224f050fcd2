from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import AsyncIterator


@dataclass
class Event:
    kind: str
    data: bytes


class Subscription:
    def __init__(self, topic: str) -> None:
        self.topic = topic
        self._queue: asyncio.Queue[Event] = asyncio.Queue()

    async def events(self) -> AsyncIterator[Event]:
        while True:
            yield await self._queue.get()

    async def next_event(self) -> Event:
        return await self._queue.get()
