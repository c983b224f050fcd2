import time
from typing import Any, Iterable, Iterator, Optional, TypeVar

V = TypeVar("V")


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
