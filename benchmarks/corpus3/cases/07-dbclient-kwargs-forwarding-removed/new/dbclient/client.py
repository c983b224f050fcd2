from __future__ import annotations

from typing import Any


class Connection:
    def __init__(self, dsn: str, timeout: float = 10.0, ssl: bool = False) -> None:
        self.dsn = dsn
        self.timeout = timeout
        self.ssl = ssl


def connect(dsn: str, *, timeout: float = 10.0, ssl: bool = False) -> Connection:
    """Open a connection."""
    return Connection(dsn, timeout=timeout, ssl=ssl)


def connect_pool(dsn: str, *, size: int = 5, **options: Any) -> list[Connection]:
    return [Connection(dsn, **options) for _ in range(size)]
