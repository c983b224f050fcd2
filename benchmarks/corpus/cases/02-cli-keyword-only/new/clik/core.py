from __future__ import annotations

import sys
from typing import Any, Callable


class Context:
    def __init__(self, command: Command, parent: Context | None = None, info_name: str | None = None, *, obj: Any = None) -> None:
        self.command = command
        self.parent = parent
        self.info_name = info_name
        self.obj = obj if obj is not None else (parent.obj if parent else None)
        self.params: dict[str, Any] = {}

    def fail(self, message: str) -> None:
        print(f"Error: {message}", file=sys.stderr)
        raise SystemExit(2)


class Parameter:
    def __init__(self, param_decls: list[str], required: bool = False, default: Any = None) -> None:
        self.name = param_decls[-1].lstrip("-").replace("-", "_")
        self.required = required
        self.default = default


class Option(Parameter):
    def __init__(self, param_decls: list[str], is_flag: bool = False, help: str | None = None, **attrs: Any) -> None:
        super().__init__(param_decls, **attrs)
        self.is_flag = is_flag
        self.help = help


class Argument(Parameter):
    pass


class Command:
    def __init__(self, name: str | None, callback: Callable[..., Any] | None = None, params: list[Parameter] | None = None, help: str | None = None) -> None:
        self.name = name
        self.callback = callback
        self.params = params or []
        self.help = help

    def main(self, args: list[str] | None = None, prog_name: str | None = None) -> Any:
        ctx = Context(self, info_name=prog_name)
        return self.invoke(ctx)

    def invoke(self, ctx: Context) -> Any:
        if self.callback is not None:
            return self.callback(**ctx.params)
        return None


class Group(Command):
    def __init__(self, name: str | None = None, commands: dict[str, Command] | None = None, **attrs: Any) -> None:
        super().__init__(name, **attrs)
        self.commands = dict(commands or {})

    def add_command(self, cmd: Command, name: str | None = None) -> None:
        self.commands[name or cmd.name or ""] = cmd
