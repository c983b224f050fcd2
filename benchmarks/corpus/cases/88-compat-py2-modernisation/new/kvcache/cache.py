import abc
import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any, Optional


class BaseStore(abc.ABC):
    @abc.abstractmethod
    def get(self, key: str) -> Optional[bytes]:
        raise NotImplementedError

    @abc.abstractmethod
    def set(self, key: str, value: bytes) -> None:
        raise NotImplementedError


class LRUStore(BaseStore):
    def __init__(self, capacity: int = 128) -> None:
        super().__init__()
        self.capacity = capacity
        self._data: OrderedDict[str, bytes] = OrderedDict()

    def get(self, key: str) -> Optional[bytes]:
        if key in self._data:
            self._data.move_to_end(key)
        return self._data.get(key)

    def set(self, key: str, value: bytes) -> None:
        self._data[key] = value
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)


class CacheDict(dict[str, Any]):
    def __missing__(self, key: str) -> Any:
        return None


class AsyncStore:
    def __init__(self, store: BaseStore) -> None:
        self.store = store

    async def _scan(self, prefix: str) -> AsyncIterator[str]:
        for key in list(getattr(self.store, "_data", {})):
            if key.startswith(prefix):
                await asyncio.sleep(0)
                yield key

    def scan(self, prefix: str = "") -> AsyncIterator[str]:
        """Iterate keys with ``async for``; returns an async iterator (no await needed)."""
        return self._scan(prefix)
