from typing import List


class HelpFormatter:
    def __init__(self, indent_increment: int = 2, width: int = 78) -> None:
        self.indent_increment = indent_increment
        self.width = width
        self.buffer: List[str] = []

    def write_usage(self, prog: str, args: str = "") -> None:
        self.buffer.append(f"Usage: {prog} {args}\n")

    def getvalue(self) -> str:
        return "".join(self.buffer)
