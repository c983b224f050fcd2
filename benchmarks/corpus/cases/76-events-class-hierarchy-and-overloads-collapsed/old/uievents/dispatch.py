from typing import Callable, Dict, List, Literal, Optional, overload

from .events import ClickEvent, Event, KeyEvent

_HANDLERS: Dict[str, List[Callable[[Event], None]]] = {}
_LAST: List[ClickEvent] = []


def dispatch(event: Event) -> int:
    handlers = _HANDLERS.get(event.target, [])
    for h in handlers:
        h(event)
    if isinstance(event, ClickEvent):
        _LAST.append(event)
    return len(handlers)


def last_event() -> Optional[ClickEvent]:
    return _LAST[-1] if _LAST else None


@overload
def get_handler(kind: Literal["click"]) -> Callable[[ClickEvent], None]: ...
@overload
def get_handler(kind: Literal["key"]) -> Callable[[KeyEvent], None]: ...
def get_handler(kind: str) -> Callable[..., None]:
    return lambda e: None
