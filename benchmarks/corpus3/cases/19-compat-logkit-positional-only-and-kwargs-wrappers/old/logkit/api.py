from __future__ import annotations

from typing import Any


def log(__msg: str, *args: Any, **kwargs: Any) -> None:
    print(__msg % args if args else __msg, kwargs or "")


def configure(**options: Any) -> None:
    _CONFIG.update(options)


_CONFIG: dict[str, Any] = {}


class Logger:
    def __init__(self, name: str) -> None:
        self.name = name

    def info(self, msg: str, *args: Any, **kwargs: Any) -> None:
        log(msg, *args, **kwargs)

    def warning(self, msg: str, *args: Any, **kwargs: Any) -> None:
        log(msg, *args, **kwargs)
