import enum


class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40
    FATAL = 50
    CRITICAL = 50  # alias of FATAL

    @classmethod
    def parse(cls, name: str) -> "Level":
        name = name.upper()
        if name == "WARNING":
            name = "WARN"
        return cls[name]


class Format(str, enum.Enum):
    TEXT = 'text'
    JSON = "jsonl"
    LOGFMT = "logfmt"
    PRETTY = "pretty"
