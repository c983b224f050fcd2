import enum


class Status(enum.Enum):
    ACTIVE = 'enabled'
    DONE = 'done'


class Prio(enum.IntEnum):
    LOW = 10
    HIGH = 20
