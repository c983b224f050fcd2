from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List


@dataclass
class Event:
    id: str
    timestamp: datetime
    payload: Dict[str, Any]
    source: str = "api"
    retries: int = 0


@dataclass
class EventBatch:
    events: List[Event] = field(default_factory=list)
    compressed: bool = False

    def add(self, event: Event) -> None:
        self.events.append(event)


def make_event(id: str, **payload: Any) -> Event:
    return Event(id, datetime.now(timezone.utc), dict(payload))
