from .stream import Event, Subscription

__all__ = ["Event", "Subscription"]
