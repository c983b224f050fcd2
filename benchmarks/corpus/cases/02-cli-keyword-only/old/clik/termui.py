import sys
from typing import IO, Any, Optional


def echo(message: Optional[Any] = None, file: Optional[IO[str]] = None, nl: bool = True, err: bool = False) -> None:
    out = file or (sys.stderr if err else sys.stdout)
    out.write(("" if message is None else str(message)) + ("\n" if nl else ""))


def style(text: str, fg: Optional[str] = None, bold: bool = False) -> str:
    codes = []
    if bold:
        codes.append("1")
    if fg:
        codes.append({"red": "31", "green": "32", "yellow": "33"}.get(fg, "39"))
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text
