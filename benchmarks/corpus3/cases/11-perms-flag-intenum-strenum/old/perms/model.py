from enum import Flag, IntEnum, StrEnum


class Permission(Flag):
    READ = 1
    WRITE = 2
    EXECUTE = 4
    ALL = READ | WRITE | EXECUTE


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Scope(StrEnum):
    USER = "user"
    GROUP = "group"
    LEGACY = "legacy"
