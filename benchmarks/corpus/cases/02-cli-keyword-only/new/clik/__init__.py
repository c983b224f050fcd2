from .core import Argument, Command, Context, Group, Option
from .decorators import argument, command, group, option, pass_context
from .termui import echo, style

__all__ = [
    "Argument", "Command", "Context", "Group", "Option",
    "argument", "command", "group", "option", "pass_context",
    "echo", "style",
]
