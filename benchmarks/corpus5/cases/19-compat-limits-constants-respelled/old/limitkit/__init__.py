from .consts import MAX_SIZE, TIMEOUT, NAMES
