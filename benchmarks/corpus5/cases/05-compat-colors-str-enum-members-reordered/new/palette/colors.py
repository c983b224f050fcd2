import enum
class Color(str, enum.Enum):
    BLUE = "blue"
    GREEN = "green"
    RED = "red"
class Level(enum.IntEnum):
    HIGH = 3
    LOW = 1
    MID = 2
