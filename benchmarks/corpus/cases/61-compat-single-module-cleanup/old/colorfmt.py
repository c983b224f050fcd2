"""Terminal colours."""
import os
import sys
from typing import Optional, TextIO

__version__ = "0.3.0"
__all__ = ["colored", "cprint", "supports_color", "hex_to_rgb"]

_CODES = {"red": 31, "green": 32, "yellow": 33, "blue": 34}


def supports_color(stream: TextIO = None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def colored(text: str, color: str = None, *, bold: bool = False, underline: bool = False, reset: bool = True) -> str:
    codes = [str(_CODES[color])] if color else []
    if bold:
        codes.append("1")
    if underline:
        codes.append("4")
    if not codes:
        return text
    return f"\x1b[{';'.join(codes)}m{text}" + ("\x1b[0m" if reset else "")


def cprint(text: str, color: Optional[str] = None, *, file: Optional[TextIO] = None, flush: bool = False, bold: bool = False) -> None:
    print(colored(text, color, bold=bold), file=file, flush=flush)


def hex_to_rgb(__value: str) -> tuple:
    v = __value.lstrip("#")
    return tuple(int(v[i : i + 2], 16) for i in (0, 2, 4))
