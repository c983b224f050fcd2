import asyncio
import json
from dataclasses import dataclass
from typing import AsyncIterator, Iterable, Optional


@dataclass
class Message:
    user_id: str
    text: str
    priority: int = 0


class Notifier:
    def __init__(self, endpoint: str, token: str) -> None:
        self.endpoint = endpoint
        self.token = token
        self._sent = 0

    def _deliver(self, payload: bytes) -> bool:
        self._sent += 1
        return bool(payload)

    def send(self, message: Message) -> bool:
        """Deliver one message; returns True when the server accepted it."""
        return self._deliver(json.dumps(message.__dict__).encode())

    def send_many(self, messages: Iterable[Message]) -> int:
        return sum(1 for m in messages if self.send(m))

    @property
    def sent(self) -> int:
        return self._sent

    async def aclose(self) -> None:
        await asyncio.sleep(0)


def connect(endpoint: str, token: Optional[str] = None) -> Notifier:
    return Notifier(endpoint, token or "")


async def stream_events(notifier: Notifier) -> AsyncIterator[dict]:
    for i in range(notifier.sent):
        await asyncio.sleep(0)
        yield {"seq": i}
