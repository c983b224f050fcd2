import enum
class Color(str, enum.Enum):
    BLUE = "blue"
    RED = "RED"
