import os
from typing import Literal, Optional, TypeVar, Union, overload

T = TypeVar("T")


@overload
def getenv(key: str) -> Optional[str]: ...
@overload
def getenv(key: str, default: T) -> Union[str, T]: ...
def getenv(key: str, default: Optional[T] = None) -> Union[str, T, None]:
    return os.environ.get(key, default)


@overload
def read_file(path: str, binary: Literal[False] = ...) -> str: ...
@overload
def read_file(path: str, binary: Literal[True]) -> bytes: ...
@overload
def read_file(path: str, binary: bool = ...) -> Union[str, bytes]: ...
def read_file(path: str, binary: bool = False) -> Union[str, bytes]:
    with open(path, "rb" if binary else "r") as fh:
        return fh.read()
