from enum import Flag, IntEnum, StrEnum, auto


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()


class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()
    ERROR = auto()
    CRITICAL = auto()


class Access(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    READ_WRITE = READ | WRITE
