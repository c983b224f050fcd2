import asyncio
from typing import Any, Awaitable, Callable, Dict, List

Hook = Callable[..., Awaitable[Any]]


class HookRunner:
    def __init__(self) -> None:
        self._hooks: Dict[str, List[Hook]] = {}

    def register(self, event: str, hook: Hook) -> None:
        self._hooks.setdefault(event, []).append(hook)

    def run(self, event: str, *args: Any) -> Awaitable[List[Any]]:
        """Run all hooks for *event* concurrently; await the result."""
        return asyncio.gather(*(h(*args) for h in self._hooks.get(event, [])))


def fire(runner: HookRunner, event: str) -> Awaitable[List[Any]]:
    return runner.run(event)
