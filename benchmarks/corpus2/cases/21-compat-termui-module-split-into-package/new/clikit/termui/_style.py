import sys
from typing import Any, Optional

_ansi_colors = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36}


def style(text: str, fg: Optional[str] = None, bold: Optional[bool] = None, reset: bool = True) -> str:
    codes = []
    if fg:
        codes.append(str(_ansi_colors[fg]))
    if bold:
        codes.append("1")
    prefix = f"\033[{';'.join(codes)}m" if codes else ""
    return prefix + text + ("\033[0m" if reset and codes else "")


def secho(message: Optional[str] = None, file: Any = None, nl: bool = True, **styles: Any) -> None:
    out = file or sys.stdout
    out.write(style(message or "", **styles) + ("\n" if nl else ""))
