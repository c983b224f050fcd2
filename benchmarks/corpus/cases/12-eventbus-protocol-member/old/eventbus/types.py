from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class Event:
    topic: str
    payload: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Hook(Protocol):
    """Anything callable with an Event and carrying a name."""

    name: str

    def __call__(self, event: Event) -> None: ...


class Serializer(Protocol):
    def dumps(self, event: Event) -> bytes: ...

    def loads(self, data: bytes) -> Event: ...
