from __future__ import annotations

from types import TracebackType
from typing import IO, Self


class Reader:
    def __init__(self, path: str, delimiter: str = ",", *, encoding: str = "utf-8") -> None:
        self.path = path
        self.delimiter = delimiter
        self.encoding = encoding
        self._fh: IO[str] | None = None

    def __enter__(self) -> Self:
        self._fh = open(self.path, encoding=self.encoding)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> list[str]:
        if self._fh is None:
            raise ValueError("reader is not open")
        line = self._fh.readline()
        if not line:
            raise StopIteration
        return line.rstrip("\n").split(self.delimiter)

    def __len__(self) -> int:
        with open(self.path, encoding=self.encoding) as fh:
            return sum(1 for _ in fh)
