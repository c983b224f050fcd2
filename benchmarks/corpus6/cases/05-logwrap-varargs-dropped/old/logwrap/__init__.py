import logging


def log(msg: str, *args: object, level: int = logging.INFO) -> None:
    logging.getLogger('x').log(level, msg, *args)
