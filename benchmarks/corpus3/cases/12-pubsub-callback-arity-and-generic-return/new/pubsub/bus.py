from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class Message:
    topic: str
    body: bytes


@dataclass
class Context:
    retries: int = 0


class Bus:
    def __init__(self) -> None:
        self._subs: dict[str, list[Callable[[Message, Context], None]]] = {}

    def subscribe(self, topic: str, handler: Callable[[Message, Context], None]) -> None:
        self._subs.setdefault(topic, []).append(handler)

    def on_error(self, handler: Callable[[Exception], object]) -> None:
        self._on_error = handler
