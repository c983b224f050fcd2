from .queue import Job, JsonSerializer, Queue

__all__ = ["Job", "JsonSerializer", "Queue"]
