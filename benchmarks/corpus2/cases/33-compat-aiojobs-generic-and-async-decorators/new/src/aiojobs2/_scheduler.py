import asyncio
import functools
from typing import Any, Awaitable, Generic, Optional, Set, TypeVar

T = TypeVar("T")


def _once(func):
    """Make an async close method idempotent (the wrapper stays a coroutine function)."""

    @functools.wraps(func)
    async def wrapper(self, *args, **kwargs):
        if getattr(self, "_closing", False):
            return None
        self._closing = True
        return await func(self, *args, **kwargs)

    return wrapper


class Job(Generic[T]):
    def __init__(self, task: "asyncio.Task[T]", name: Optional[str] = None) -> None:
        self._task = task
        self.name = name

    @property
    def active(self) -> bool:
        return not self._task.done()

    async def wait(self, *, timeout: Optional[float] = None) -> T:
        return await asyncio.wait_for(asyncio.shield(self._task), timeout)

    async def close(self, *, timeout: Optional[float] = None) -> None:
        self._task.cancel()
        try:
            await asyncio.wait_for(self._task, timeout)
        except (asyncio.CancelledError, asyncio.TimeoutError):
            pass


class Scheduler:
    def __init__(self, *, limit: Optional[int] = 100, close_timeout: float = 0.1) -> None:
        self.limit = limit
        self.close_timeout = close_timeout
        self._jobs: Set[Job[Any]] = set()
        self._closed = False

    def __len__(self) -> int:
        return len(self._jobs)

    async def __aenter__(self) -> "Scheduler":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    @property
    def active_count(self) -> int:
        return sum(1 for j in self._jobs if j.active)

    async def spawn(self, coro: Awaitable[T], name: Optional[str] = None) -> Job[T]:
        if self._closed:
            raise RuntimeError("Scheduling a new job after closing")
        loop = asyncio.get_running_loop()
        job: Job[T] = Job(loop.create_task(_as_coroutine(coro)), name)
        self._jobs.add(job)
        return job

    @_once
    async def close(self) -> None:
        self._closed = True
        await asyncio.gather(*(j.close(timeout=self.close_timeout) for j in self._jobs))
        self._jobs.clear()


async def _as_coroutine(aw: Awaitable[T]) -> T:
    return await aw
