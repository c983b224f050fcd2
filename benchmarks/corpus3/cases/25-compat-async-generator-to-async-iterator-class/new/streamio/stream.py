from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass


@dataclass
class Event:
    kind: str
    data: bytes


class _EventIterator(AsyncIterator[Event]):
    def __init__(self, queue: asyncio.Queue[Event]) -> None:
        self._queue = queue

    def __aiter__(self) -> _EventIterator:
        return self

    async def __anext__(self) -> Event:
        return await self._queue.get()


class Subscription:
    def __init__(self, topic: str) -> None:
        self.topic = topic
        self._queue: asyncio.Queue[Event] = asyncio.Queue()

    def events(self) -> AsyncIterator[Event]:
        return _EventIterator(self._queue)

    async def next_event(self) -> Event:
        return await self._queue.get()
