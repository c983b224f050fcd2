from .hub import ClickEvent, Event, Hub

__all__ = ["ClickEvent", "Event", "Hub"]
