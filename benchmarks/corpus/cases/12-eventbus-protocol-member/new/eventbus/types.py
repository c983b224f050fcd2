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

    def on_error(self, event: Event, exc: BaseException) -> None: ...


class Serializer(Protocol):
    content_type: str

    def dumps(self, event: Event) -> bytes: ...

    def loads(self, data: bytes) -> Event: ...


class AsyncHook(Protocol):
    name: str

    async def __call__(self, event: Event) -> None: ...
