import json
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Deque, Iterable, List, Optional

DEFAULT_QUEUE = "default"


@dataclass
class Job:
    func: str
    args: List[Any] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class JSONSerializer:
    def dumps(self, job: Job) -> bytes:
        return json.dumps(job.__dict__).encode()

    def loads(self, data: bytes) -> Job:
        return Job(**json.loads(data))


class Queue:
    def __init__(self, name: str = DEFAULT_QUEUE) -> None:
        self.name = name
        self._jobs: Deque[Job] = deque()
        self._lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str) -> "Queue":
        return cls(url.rsplit("/", 1)[-1] or DEFAULT_QUEUE)

    def enqueue(self, func: str, *args: Any) -> Job:
        job = Job(func, list(args))
        with self._lock:
            self._jobs.append(job)
        return job

    def dequeue(self) -> Optional[Job]:
        with self._lock:
            return self._jobs.popleft() if self._jobs else None

    def purge(self) -> int:
        with self._lock:
            n = len(self._jobs)
            self._jobs.clear()
        return n

    @property
    def size(self) -> int:
        return len(self._jobs)


def enqueue_many(queue: Queue, func: str, arglists: Iterable[List[Any]]) -> List[Job]:
    return [queue.enqueue(func, *args) for args in arglists]
