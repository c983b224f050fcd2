import sqlite3
from typing import Any, Iterable, List, Tuple


class Engine:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.echo = echo
        self._conn = sqlite3.connect(url.replace("sqlite:///", "") or ":memory:")

    def execute(self, sql: str, params: Iterable[Any] = ()) -> List[Tuple[Any, ...]]:
        if self.echo:
            print(sql)
        return self._conn.execute(sql, tuple(params)).fetchall()

    def dispose(self) -> None:
        self._conn.close()


def create_engine(url: str, *, echo: bool = False) -> Engine:
    return Engine(url, echo=echo)
