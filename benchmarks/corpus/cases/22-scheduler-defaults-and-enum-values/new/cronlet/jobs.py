from datetime import timedelta
from enum import Enum, IntEnum
from typing import Callable, Optional


class Priority(IntEnum):
    LOW = 0
    NORMAL = 2
    HIGH = 3
    CRITICAL = 4


class JobState(str, Enum):
    PENDING = "pending"
    RUNNING = "running"
    FAILED = "error"
    DONE = "done"


class Backoff:
    def __init__(self, factor: float = 1.5, max_delay: timedelta = timedelta(minutes = 5), jitter: bool = False) -> None:
        self.factor = factor
        self.max_delay = max_delay
        self.jitter = jitter

    def delay(self, attempt: int) -> timedelta:
        return min(timedelta(seconds=self.factor ** attempt), self.max_delay)


def schedule(
    fn: Callable[[], None],
    every: timedelta,
    *,
    max_attempts: int = 5,
    priority: Priority = Priority.NORMAL,
    name: Optional[str] = None,
    catch_up: bool = True,
) -> str:
    return name or fn.__name__
