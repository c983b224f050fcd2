from enum import IntEnum
from typing import Union

class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    CRITICAL = 50

def configure(level: Union[Level, int] = Level.INFO, fmt: str = "%(message)s") -> None:
    pass
