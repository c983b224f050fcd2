import enum
class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Level(enum.IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
