from typing import Any, Mapping, Optional

class Formatter:
    def __init__(self, fmt: Optional[str] = None, datefmt: Optional[str] = None, style: str = "%",
                 validate: bool = True) -> None:
        self.fmt = fmt
        self.datefmt = datefmt
        self.style = style

class Logger:
    def __init__(self, name: str) -> None:
        self.name = name

    def info(self, msg: str, *args: Any, exc_info: Any = None, stack_info: bool = False,
             extra: Optional[Mapping[str, Any]] = None, **kwargs: Any) -> None:
        pass

    def warning(self, msg: str, *args: Any, **kwargs: Any) -> None:
        pass

def get_logger(name: Optional[str] = None) -> Logger:
    return Logger(name or "root")
