from __future__ import annotations

import sqlite3
from typing import Any, Iterator, Sequence, Type, TypeVar

from .model import Model
from .query import Query

M = TypeVar("M", bound=Model)


class Session:
    def __init__(self, url: str = ":memory:") -> None:
        self._conn = sqlite3.connect(url)
        self._conn.row_factory = sqlite3.Row

    def query(self, model: Type[M]) -> Query[M]:
        return Query(self, model)

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        for row in self._conn.execute(sql, tuple(args)):
            yield dict(row)

    def close(self) -> None:
        self._conn.close()
