from enum import Flag, IntEnum, StrEnum, auto


class Permission(Flag):
    READ = 1
    WRITE = 2
    EXECUTE = 4
    ADMIN = 8


class Priority(IntEnum):
    LOW = 0
    NORMAL = 1
    HIGH = 2


class Scope(StrEnum):
    USER = auto()
    GROUP = auto()
