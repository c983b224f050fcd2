import asyncio
from typing import Any, Coroutine, Optional, Set


class Job:
    def __init__(self, task: "asyncio.Task[Any]", name: Optional[str] = None) -> None:
        self._task = task
        self.name = name

    @property
    def active(self) -> bool:
        return not self._task.done()

    async def wait(self, *, timeout: Optional[float] = None) -> Any:
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
        self._jobs: Set[Job] = set()
        self._closed = False

    def __len__(self) -> int:
        return len(self._jobs)

    @property
    def active_count(self) -> int:
        return sum(1 for j in self._jobs if j.active)

    async def spawn(self, coro: Coroutine[Any, Any, Any], name: Optional[str] = None) -> Job:
        if self._closed:
            raise RuntimeError("Scheduling a new job after closing")
        loop = asyncio.get_event_loop()
        job = Job(loop.create_task(coro), name)
        self._jobs.add(job)
        return job

    async def close(self) -> None:
        self._closed = True
        await asyncio.gather(*(j.close(timeout=self.close_timeout) for j in self._jobs))
        self._jobs.clear()
