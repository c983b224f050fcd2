from enum import Enum, Flag, IntEnum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"
    DARK_BLUE = "dark_blue"


class Level(IntEnum):
    DEBUG = 1
    INFO = 2
    ERROR = 3


class Access(Flag):
    READ = 1
    WRITE = 2
    DELETE = 4
    READ_WRITE = 3
