import sys
from typing import IO, Any, Optional


def echo(message: Any | None = None, file: IO[str] | None = None, nl: bool = True, err: bool = False) -> None:
    """Print a message, like print() but with clik's stream handling."""
    out = file or (sys.stderr if err else sys.stdout)
    out.write(("" if message is None else str(message)) + ("\n" if nl else ""))


def style(text: str, fg: Optional[str] = None, bold: bool = False) -> str:
    codes = []
    if bold:
        codes.append("1")
    if fg:
        codes.append({"red": "31", "green": "32", "yellow": "33", "blue": "34"}.get(fg, "39"))
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text
