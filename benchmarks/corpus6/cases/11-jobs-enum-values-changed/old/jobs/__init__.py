import enum


class Status(enum.Enum):
    ACTIVE = 'active'
    DONE = 'done'


class Prio(enum.IntEnum):
    LOW = 1
    HIGH = 2
