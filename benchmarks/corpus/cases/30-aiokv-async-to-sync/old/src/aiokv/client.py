import asyncio
from typing import Any, Dict, List, Optional, Tuple


class Pipeline:
    def __init__(self, client: "Client") -> None:
        self._client = client
        self._ops: List[Tuple[str, Tuple[Any, ...]]] = []

    def set(self, key: str, value: bytes) -> "Pipeline":
        self._ops.append(("set", (key, value)))
        return self

    async def execute(self) -> List[Any]:
        return [await getattr(self._client, op)(*args) for op, args in self._ops]


class Client:
    def __init__(self, url: str) -> None:
        self.url = url
        self._data: Dict[str, bytes] = {}
        self._connected = False

    async def get(self, key: str) -> Optional[bytes]:
        await asyncio.sleep(0)
        return self._data.get(key)

    async def set(self, key: str, value: bytes, ttl: Optional[float] = None) -> None:
        await asyncio.sleep(0)
        self._data[key] = value

    async def pipeline(self) -> Pipeline:
        return Pipeline(self)

    async def close(self) -> None:
        self._connected = False


async def connect(url: str = "kv://localhost:7000") -> Client:
    client = Client(url)
    await asyncio.sleep(0)
    client._connected = True
    return client
