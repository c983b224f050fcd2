from .queue import DEFAULT_QUEUE, Job, JSONSerializer, Queue, enqueue_many

__all__ = ["DEFAULT_QUEUE", "Job", "JSONSerializer", "Queue", "enqueue_many"]
