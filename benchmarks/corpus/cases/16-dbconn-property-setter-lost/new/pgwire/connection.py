from functools import cached_property
from typing import Any, Optional, Sequence


class Connection:
    def __init__(self, dsn: str, *, autocommit: bool = False) -> None:
        self._dsn = dsn
        self._autocommit = autocommit
        self._isolation = "read committed"
        self._version: Optional[str] = None
        self._closed = False

    @property
    def autocommit(self) -> bool:
        """Fixed at connect time: pass ``connect(dsn, autocommit=True)``."""
        return self._autocommit

    @property
    def isolation_level(self) -> str:
        return self._isolation

    @isolation_level.setter
    def isolation_level(self, value: str) -> None:
        if value not in ("read committed", "repeatable read", "serializable"):
            raise ValueError(value)
        self._isolation = value

    @property
    def server_version(self) -> Optional[str]:
        """None until the first query has been sent."""
        return self._version

    @property
    def dsn(self) -> str:
        return self._dsn

    @cached_property
    def closed(self) -> bool:
        return self._closed

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        self._version = self._version or "16.2"
        return 0

    def close(self) -> None:
        self._closed = True
        self.__dict__.pop("closed", None)


def connect(dsn: str, *, autocommit: bool = False) -> Connection:
    return Connection(dsn, autocommit=autocommit)
