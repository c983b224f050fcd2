from typing import Any, Optional, Sequence


class Connection:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._autocommit = False
        self._isolation = "read committed"
        self._version: str = "16.2"
        self._closed = False

    @property
    def autocommit(self) -> bool:
        return self._autocommit

    @autocommit.setter
    def autocommit(self, value: bool) -> None:
        self._autocommit = bool(value)

    @property
    def isolation_level(self) -> str:
        return self._isolation

    @isolation_level.setter
    def isolation_level(self, value: str) -> None:
        self._isolation = value

    @property
    def server_version(self) -> str:
        return self._version

    @property
    def dsn(self) -> Optional[str]:
        return self._dsn

    @property
    def closed(self) -> bool:
        return self._closed

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return 0

    def close(self) -> None:
        self._closed = True


def connect(dsn: str) -> Connection:
    return Connection(dsn)
