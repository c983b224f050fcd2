import textwrap
from typing import List


def wrap_text(text: str, width: int = 78, initial_indent: str = "", subsequent_indent: str = "") -> str:
    return textwrap.fill(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent)


class HelpFormatter:
    def __init__(self, indent_increment: int = 2, width: int = 78) -> None:
        self.indent_increment = indent_increment
        self.width = width
        self.buffer: List[str] = []

    def write_usage(self, prog: str, args: str = "") -> None:
        self.buffer.append(f"Usage: {prog} {args}\n")

    def getvalue(self) -> str:
        return "".join(self.buffer)
