from .levels import Format, Level
from .logger import Logger, get_logger

__all__ = ["Format", "Level", "Logger", "get_logger"]
