import sqlite3
from typing import Any, Iterable


class Database:
    def __init__(self, path: str) -> None:
        self.path = path
        self._conn = sqlite3.connect(path)

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, tuple(params))

    def close(self) -> None:
        self._conn.close()


def connect(path: str = ":memory:") -> Database:
    return Database(path)
