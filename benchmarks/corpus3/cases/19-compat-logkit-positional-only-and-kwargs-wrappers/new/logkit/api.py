from __future__ import annotations

from typing import Any

_CONFIG: dict[str, Any] = {}


def log(msg: str, /, *args: Any, **kwargs: Any) -> None:
    print(msg % args if args else msg, kwargs or "")


def configure(*, level: str = "INFO", **options: Any) -> None:
    _CONFIG.update(options, level=level)


class Logger:
    def __init__(self, name: str) -> None:
        self.name = name

    def info(self, msg: str, *args: Any, stacklevel: int = 1, **kwargs: Any) -> None:
        log(msg, *args, stacklevel=stacklevel, **kwargs)

    def warning(self, msg: str, *args: Any, **kwargs: Any) -> None:
        self.info(msg, *args, **kwargs)
