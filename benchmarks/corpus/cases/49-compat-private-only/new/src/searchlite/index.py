from typing import Dict, FrozenSet, List, Set

from ._internal.tokenize import tokenize


class _Postings:
    def __init__(self, case_sensitive: bool) -> None:
        self.case_sensitive = case_sensitive
        self.docs: Dict[str, FrozenSet[int]] = {}


def _score(ids: Set[int], total: int) -> float:
    return len(ids) / max(total, 1)


class Index:
    def __init__(self) -> None:
        self._postings = _Postings(case_sensitive=False)
        self._docs: List[str] = []

    def add(self, text: str) -> int:
        doc_id = len(self._docs)
        self._docs.append(text)
        for tok in tokenize(text, lower=True):
            self._postings.docs[tok] = self._postings.docs.get(tok, frozenset()) | {doc_id}
        return doc_id

    def _lookup(self, token: str, *, fuzzy: bool) -> FrozenSet[int]:
        return self._postings.docs.get(token, frozenset())

    def query(self, text: str) -> List[str]:
        ids: Set[int] = set()
        for tok in tokenize(text, lower=True):
            ids |= self._lookup(tok, fuzzy=False)
        return [self._docs[i] for i in sorted(ids)]


def search(docs: List[str], text: str) -> List[str]:
    idx = Index()
    for d in docs:
        idx.add(d)
    return idx.query(text)
