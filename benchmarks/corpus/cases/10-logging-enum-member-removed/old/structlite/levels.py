import enum


class Level(enum.IntEnum):
    TRACE = 5
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40
    FATAL = 50

    @classmethod
    def parse(cls, name: str) -> "Level":
        return cls[name.upper()]


class Format(str, enum.Enum):
    TEXT = "text"
    JSON = "json"
    LOGFMT = "logfmt"
