from __future__ import annotations

from types import TracebackType
from typing import IO, Optional, Type


class Reader:
    def __init__(self, path: str, delimiter: str = ",") -> None:
        self.path = path
        self.delimiter = delimiter
        self._fh: Optional[IO[str]] = None

    def __enter__(self) -> "Reader":
        self._fh = open(self.path, encoding="utf-8")
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        if self._fh is not None:
            self._fh.close()

    def __iter__(self) -> "Reader":
        return self

    def __next__(self) -> list[str]:
        assert self._fh is not None
        line = self._fh.readline()
        if not line:
            raise StopIteration
        return line.rstrip("\n").split(self.delimiter)
