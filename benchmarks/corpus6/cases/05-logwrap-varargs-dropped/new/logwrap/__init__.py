import logging


def log(msg: str, *, level: int = logging.INFO) -> None:
    logging.getLogger('x').log(level, msg)
