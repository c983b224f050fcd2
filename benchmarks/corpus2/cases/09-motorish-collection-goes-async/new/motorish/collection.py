import asyncio
import itertools
from typing import Any, Dict, List, Optional

Document = Dict[str, Any]
_ids = itertools.count(1)


class InsertOneResult:
    def __init__(self, inserted_id: int) -> None:
        self.inserted_id = inserted_id


def _matches(doc: Document, flt: Optional[Document]) -> bool:
    return all(doc.get(k) == v for k, v in (flt or {}).items())


async def _yield() -> None:
    await asyncio.sleep(0)


class Cursor:
    def __init__(self, docs: List[Document]) -> None:
        self._docs = docs
        self._limit = 0

    def limit(self, n: int) -> "Cursor":
        self._limit = n
        return self

    async def to_list(self, length: Optional[int] = None) -> List[Document]:
        await _yield()
        n = length or self._limit or len(self._docs)
        return self._docs[:n]


class Collection:
    def __init__(self, name: str) -> None:
        self.name = name
        self._docs: List[Document] = []

    def find(self, filter: Optional[Document] = None) -> Cursor:
        """Returns a cursor synchronously; iterate it with `await cursor.to_list()`."""
        return Cursor([d for d in self._docs if _matches(d, filter)])

    async def find_one(self, filter: Optional[Document] = None) -> Optional[Document]:
        await _yield()
        for d in self._docs:
            if _matches(d, filter):
                return d
        return None

    async def insert_one(self, document: Document) -> InsertOneResult:
        await _yield()
        document.setdefault("_id", next(_ids))
        self._docs.append(document)
        return InsertOneResult(document["_id"])

    async def count_documents(self, filter: Optional[Document] = None) -> int:
        await _yield()
        return sum(1 for d in self._docs if _matches(d, filter))
