"""Terminal colours."""
import os
import sys
from typing import Optional, TextIO

__version__ = "0.3.1"
__all__ = ("colored", "cprint", "hex_to_rgb", "rgb_to_hex", "supports_color")

_CODES = {"red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36}


def supports_color(stream: Optional[TextIO] = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def colored(text: str, color: Optional[str] = None, *, reset: bool = True, underline: bool = False, bold: bool = False) -> str:
    codes = [str(_CODES[color])] if color else []
    if bold:
        codes.append("1")
    if underline:
        codes.append("4")
    if not codes:
        return text
    return f"\x1b[{';'.join(codes)}m{text}" + ("\x1b[0m" if reset else "")


def cprint(text: str, color: Optional[str] = None, *, bold: bool = False, file: Optional[TextIO] = None, flush: bool = False) -> None:
    print(colored(text, color, bold=bold), file=file, flush=flush)


def hex_to_rgb(value: str, /) -> tuple:
    v = value.lstrip("#")
    return tuple(int(v[i : i + 2], 16) for i in (0, 2, 4))


def rgb_to_hex(r: int, g: int, b: int) -> str:
    return f"#{r:02x}{g:02x}{b:02x}"
