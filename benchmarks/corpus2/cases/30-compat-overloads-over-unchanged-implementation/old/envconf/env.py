import os
from typing import Optional, TypeVar, Union

T = TypeVar("T")


def getenv(key: str, default: Optional[T] = None) -> Union[str, T, None]:
    return os.environ.get(key, default)


def read_file(path: str, binary: bool = False) -> Union[str, bytes]:
    with open(path, "rb" if binary else "r") as fh:
        return fh.read()
