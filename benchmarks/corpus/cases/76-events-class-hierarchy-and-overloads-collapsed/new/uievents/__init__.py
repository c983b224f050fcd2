from .dispatch import dispatch, get_handler, last_event
from .events import ClickEvent, Event, KeyEvent

__all__ = ["dispatch", "get_handler", "last_event", "ClickEvent", "Event", "KeyEvent"]
