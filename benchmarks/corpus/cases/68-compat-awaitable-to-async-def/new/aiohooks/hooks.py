import asyncio
from typing import Any, Awaitable, Callable, Dict, List

Hook = Callable[..., Awaitable[Any]]


class HookRunner:
    def __init__(self) -> None:
        self._hooks: Dict[str, List[Hook]] = {}

    def register(self, event: str, hook: Hook) -> None:
        self._hooks.setdefault(event, []).append(hook)

    async def run(self, event: str, *args: Any) -> List[Any]:
        """Run all hooks for *event* concurrently; await the result."""
        results = await asyncio.gather(*(h(*args) for h in self._hooks.get(event, [])))
        return list(results)


async def fire(runner: HookRunner, event: str) -> List[Any]:
    return await runner.run(event)
