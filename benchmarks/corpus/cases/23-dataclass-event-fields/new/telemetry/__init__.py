from .events import Event, EventBatch, make_event

__all__ = ["Event", "EventBatch", "make_event"]
