import itertools
from typing import Any, Dict, List, Optional

Document = Dict[str, Any]
_ids = itertools.count(1)


class InsertOneResult:
    def __init__(self, inserted_id: int) -> None:
        self.inserted_id = inserted_id


def _matches(doc: Document, flt: Optional[Document]) -> bool:
    return all(doc.get(k) == v for k, v in (flt or {}).items())


class Cursor:
    def __init__(self, docs: List[Document]) -> None:
        self._docs = docs
        self._limit = 0

    def limit(self, n: int) -> "Cursor":
        self._limit = n
        return self

    def to_list(self, length: Optional[int] = None) -> List[Document]:
        n = length or self._limit or len(self._docs)
        return self._docs[:n]


class Collection:
    def __init__(self, name: str) -> None:
        self.name = name
        self._docs: List[Document] = []

    def find(self, filter: Optional[Document] = None) -> Cursor:
        return Cursor([d for d in self._docs if _matches(d, filter)])

    def find_one(self, filter: Optional[Document] = None) -> Optional[Document]:
        for d in self._docs:
            if _matches(d, filter):
                return d
        return None

    def insert_one(self, document: Document) -> InsertOneResult:
        document.setdefault("_id", next(_ids))
        self._docs.append(document)
        return InsertOneResult(document["_id"])

    async def count_documents(self, filter: Optional[Document] = None) -> int:
        return sum(1 for d in self._docs if _matches(d, filter))
