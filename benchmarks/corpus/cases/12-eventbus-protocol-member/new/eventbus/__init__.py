from .bus import EventBus
from .types import Event, Hook, Serializer

__all__ = ["EventBus", "Event", "Hook", "Serializer"]
