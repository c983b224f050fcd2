"""Terminal UI helpers."""
import sys
import time
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar

V = TypeVar("V")

DEFAULT_PROMPT_SUFFIX = ": "

_ansi_colors = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34}


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


def prompt(
    text: str,
    default: Optional[Any] = None,
    hide_input: bool = False,
    type: Optional[Callable[[str], Any]] = None,
    prompt_suffix: str = DEFAULT_PROMPT_SUFFIX,
) -> Any:
    value = input(text + prompt_suffix) or default
    return type(value) if type and value is not None else value


def confirm(text: str, default: Optional[bool] = False, abort: bool = False) -> bool:
    answer = input(text + " [y/N]: ").strip().lower()
    return answer in ("y", "yes") if answer else bool(default)


class ProgressBar:
    def __init__(self, iterable: Iterable[V], length: Optional[int] = None, label: str = "") -> None:
        self.iterable = iterable
        self.length = length
        self.label = label
        self.pos = 0
        self.start = time.monotonic()

    def __iter__(self) -> Iterator[V]:
        for item in self.iterable:
            self.pos += 1
            yield item

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


def progressbar(iterable: Iterable[V], length: Optional[int] = None, label: str = "") -> ProgressBar:
    return ProgressBar(iterable, length=length, label=label)
