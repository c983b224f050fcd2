import abc
from typing import Any, Dict, Iterable, List, Optional, Protocol, runtime_checkable


@runtime_checkable
class Serializer(Protocol):
    """Anything with dumps/loads (pickle, json wrappers, ...)."""

    def dumps(self, value: Any) -> bytes: ...

    def loads(self, data: bytes) -> Any: ...


class BaseCache(abc.ABC):
    def __init__(self, default_timeout: int = 300) -> None:
        self.default_timeout = default_timeout

    @abc.abstractmethod
    def get(self, key: str) -> Optional[Any]: ...

    @abc.abstractmethod
    def set(self, key: str, value: Any, timeout: Optional[int] = None) -> bool: ...

    def has(self, key: str) -> bool:
        """Default implementation; backends may override it with something cheaper."""
        return self.get(key) is not None

    def get_many(self, *keys: str) -> List[Optional[Any]]:
        return [self.get(k) for k in keys]

    def set_many(self, mapping: Dict[str, Any], timeout: Optional[int] = None) -> List[str]:
        return [k for k, v in mapping.items() if self.set(k, v, timeout)]

    def delete_many(self, keys: Iterable[str]) -> List[str]:
        raise NotImplementedError
