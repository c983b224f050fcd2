from __future__ import annotations

from typing import Any


class Connection:
    def __init__(self, dsn: str, timeout: float = 10.0, ssl: bool = False, **extra: Any) -> None:
        self.dsn = dsn
        self.timeout = timeout
        self.ssl = ssl
        self.extra = extra


def connect(dsn: str, **options: Any) -> Connection:
    """Open a connection; every keyword is forwarded to Connection."""
    return Connection(dsn, **options)


def connect_pool(dsn: str, **options: Any) -> list[Connection]:
    return [Connection(dsn, **options) for _ in range(5)]
