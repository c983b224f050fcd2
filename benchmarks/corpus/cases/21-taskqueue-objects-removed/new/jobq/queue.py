import json
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Deque, List, Optional


@dataclass
class Job:
    func: str
    args: List[Any] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class JsonSerializer:
    def dumps(self, job: Job) -> bytes:
        return json.dumps(job.__dict__).encode()

    def loads(self, data: bytes) -> Job:
        return Job(**json.loads(data))


class _QueueBase:
    def __init__(self) -> None:
        self._jobs: Deque[Job] = deque()
        self._mutex = threading.Lock()

    @property
    def size(self) -> int:
        return len(self._jobs)


class Queue(_QueueBase):
    def __init__(self, name: str = "default") -> None:
        super().__init__()
        self.name = name

    def enqueue(self, func: str, *args: Any) -> Job:
        job = Job(func, list(args))
        with self._mutex:
            self._jobs.append(job)
        return job

    def dequeue(self) -> Optional[Job]:
        with self._mutex:
            return self._jobs.popleft() if self._jobs else None
