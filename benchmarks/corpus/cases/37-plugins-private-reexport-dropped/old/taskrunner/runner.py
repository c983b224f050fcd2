from typing import Any, Callable, Dict

from .plugins import discover


class Runner:
    def __init__(self, load_plugins: bool = True) -> None:
        self.tasks: Dict[str, Callable[..., Any]] = {}
        if load_plugins:
            discover()

    def task(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        self.tasks[fn.__name__] = fn
        return fn

    def run(self, name: str, *args: Any) -> Any:
        return self.tasks[name](*args)
