from typing import Any, Optional

class Formatter:
    def __init__(self, fmt: Optional[str] = None, datefmt: Optional[str] = None) -> None:
        self.fmt = fmt
        self.datefmt = datefmt

class Logger:
    def __init__(self, name: str) -> None:
        self.name = name

    def info(self, msg: str, *args: Any, **kwargs: Any) -> None:
        pass

def get_logger(name: Optional[str] = None) -> Logger:
    return Logger(name or "root")
