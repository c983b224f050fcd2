import os
import sys
from typing import Any, Optional, TextIO, Tuple


class Console:
    def __init__(self, file: Optional[TextIO] = None, width: Optional[int] = None, force_terminal: Optional[bool] = None) -> None:
        self.file = file or sys.stdout
        self._width = width
        self._force_terminal = force_terminal

    def is_terminal(self) -> bool:
        if self._force_terminal is not None:
            return self._force_terminal
        return hasattr(self.file, "isatty") and self.file.isatty()

    @property
    def size(self) -> Tuple[int, int]:
        cols, rows = os.get_terminal_size() if self.is_terminal() else (80, 25)
        return (self._width or cols, rows)

    def print(self, *objects: Any, sep: str = " ", end: str = "\n") -> None:
        self.file.write(sep.join(str(o) for o in objects) + end)

    def log(self, message: Any, style: Optional[str] = None, *, end: str = "\n") -> None:
        parts = [message]
        text = " ".join(str(p) for p in parts)
        self.file.write((f"[{style}]{text}[/]" if style else text) + end)
