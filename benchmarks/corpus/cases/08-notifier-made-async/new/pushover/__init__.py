from .notifier import Message, Notifier, connect, stream_events

__all__ = ["Message", "Notifier", "connect", "stream_events"]
