import sys
from typing import Any, Callable, List, Optional


class Context:
    def __init__(self, command: "Command", obj: Any = None) -> None:
        self.command = command
        self.obj = obj


class Command:
    def __init__(self, name: str, callback: Callable[..., Any], help: Optional[str] = None) -> None:
        self.name = name
        self.callback = callback
        self.help = help

    def main(self, args: Optional[List[str]] = None) -> Any:
        ctx = Context(self)
        return self.callback(*(args if args is not None else sys.argv[1:]))


def command(name: Optional[str] = None) -> Callable[[Callable[..., Any]], Command]:
    def decorator(f: Callable[..., Any]) -> Command:
        return Command(name or f.__name__, f, f.__doc__)

    return decorator
