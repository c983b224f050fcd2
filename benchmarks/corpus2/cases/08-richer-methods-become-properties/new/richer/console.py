import os
import sys
from typing import Any, Optional, TextIO, Tuple


class Console:
    def __init__(self, file: Optional[TextIO] = None, width: Optional[int] = None, force_terminal: Optional[bool] = None) -> None:
        self.file = file or sys.stdout
        self._width = width
        self._height: Optional[int] = None
        self._force_terminal = force_terminal

    @property
    def is_terminal(self) -> bool:
        if self._force_terminal is not None:
            return self._force_terminal
        return hasattr(self.file, "isatty") and self.file.isatty()

    @property
    def size(self) -> Tuple[int, int]:
        cols, rows = os.get_terminal_size() if self.is_terminal else (80, 25)
        return (self._width or cols, self._height or rows)

    @size.setter
    def size(self, new_size: Tuple[int, int]) -> None:
        self._width, self._height = new_size

    def print(self, *objects: Any, sep: str = " ", end: str = "\n") -> None:
        self.file.write(sep.join(str(o) for o in objects) + end)

    def log(self, message: Any, *objects: Any, style: Optional[str] = None, end: str = "\n") -> None:
        parts = [message, *objects]
        text = " ".join(str(p) for p in parts)
        self.file.write((f"[{style}]{text}[/]" if style else text) + end)
