from __future__ import annotations

import sys
from typing import Any, Callable, Optional


class Context:
    def __init__(self, command: "Command", parent: Optional["Context"] = None, info_name: Optional[str] = None, obj: Any = None) -> None:
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
    def __init__(self, param_decls: list[str], is_flag: bool = False, help: Optional[str] = None, **attrs: Any) -> None:
        super().__init__(param_decls, **attrs)
        self.is_flag = is_flag
        self.help = help


class Argument(Parameter):
    pass


class Command:
    def __init__(self, name: Optional[str], callback: Optional[Callable[..., Any]] = None, params: Optional[list[Parameter]] = None, help: Optional[str] = None) -> None:
        self.name = name
        self.callback = callback
        self.params = params or []
        self.help = help

    def main(self, args: Optional[list[str]] = None, prog_name: Optional[str] = None) -> Any:
        ctx = Context(self, info_name=prog_name)
        return self.invoke(ctx)

    def invoke(self, ctx: Context) -> Any:
        if self.callback is not None:
            return self.callback(**ctx.params)
        return None


class Group(Command):
    def __init__(self, name: Optional[str] = None, commands: Optional[dict[str, Command]] = None, **attrs: Any) -> None:
        super().__init__(name, **attrs)
        self.commands = dict(commands or {})

    def add_command(self, cmd: Command, name: Optional[str] = None) -> None:
        self.commands[name or cmd.name or ""] = cmd
