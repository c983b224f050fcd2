from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping


@dataclass
class Event:
    id: str
    timestamp: datetime
    payload: Mapping[str, Any]
    kind: str
    retries: int = 0
    tags: list[str] = field(default_factory=list)


@dataclass
class EventBatch:
    events: list[Event] = field(default_factory=list)
    compressed: bool = False

    def add(self, event: Event) -> None:
        self.events.append(event)


def make_event(id: str, kind: str = "custom", **payload: Any) -> Event:
    return Event(id, datetime.now(timezone.utc), dict(payload), kind)
