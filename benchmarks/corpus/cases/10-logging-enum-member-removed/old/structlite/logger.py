import json
import sys
from typing import Any, TextIO

from .levels import Format, Level


class Logger:
    def __init__(self, name: str, level: Level = Level.INFO, fmt: Format = Format.TEXT, stream: TextIO = sys.stderr) -> None:
        self.name = name
        self.level = level
        self.fmt = fmt
        self.stream = stream

    def log(self, level: Level, event: str, **fields: Any) -> None:
        if level < self.level:
            return
        record = {"logger": self.name, "level": level.name.lower(), "event": event, **fields}
        if self.fmt is Format.TEXT:
            line = f"{record['level']:<5} {event} " + " ".join(f"{k}={v}" for k, v in fields.items())
        else:
            line = json.dumps(record)
        self.stream.write(line + "\n")

    def info(self, event: str, **fields: Any) -> None:
        self.log(Level.INFO, event, **fields)


def get_logger(name: str) -> Logger:
    return Logger(name)
