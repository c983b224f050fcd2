import abc
from typing import Any, Optional

from typing_extensions import Protocol


class Serializer(Protocol):
    def dumps(self, value: Any) -> bytes: ...

    def loads(self, data: bytes) -> Any: ...


class BaseCache(abc.ABC):
    def __init__(self, default_timeout: int = 300) -> None:
        self.default_timeout = default_timeout

    @abc.abstractmethod
    def get(self, key: str) -> Optional[Any]: ...

    @abc.abstractmethod
    def set(self, key: str, value: Any, timeout: Optional[int] = None) -> bool: ...

    @abc.abstractmethod
    def has(self, key: str) -> bool: ...
