from .logger import Logger, Formatter, get_logger
