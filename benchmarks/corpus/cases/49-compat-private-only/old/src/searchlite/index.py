from typing import Dict, List, Set

from ._internal.tokenize import tokenize


class _Postings:
    def __init__(self) -> None:
        self.docs: Dict[str, Set[int]] = {}


class Index:
    def __init__(self) -> None:
        self._postings = _Postings()
        self._docs: List[str] = []

    def add(self, text: str) -> int:
        doc_id = len(self._docs)
        self._docs.append(text)
        for tok in tokenize(text):
            self._postings.docs.setdefault(tok, set()).add(doc_id)
        return doc_id

    def _lookup(self, token: str) -> Set[int]:
        return self._postings.docs.get(token, set())

    def _rebuild(self) -> None:
        docs, self._docs = self._docs, []
        self._postings = _Postings()
        for d in docs:
            self.add(d)

    def query(self, text: str) -> List[str]:
        ids: Set[int] = set()
        for tok in tokenize(text):
            ids |= self._lookup(tok)
        return [self._docs[i] for i in sorted(ids)]


def search(docs: List[str], text: str) -> List[str]:
    idx = Index()
    for d in docs:
        idx.add(d)
    return idx.query(text)
