from typing import Dict, Iterable, List, Optional

DEFAULT_LIMIT = 10
_SEP = ","


class TagSet:
    def __init__(self, tags: Iterable[str] = ()) -> None:
        self.tags = set(tags)

    def copy(self) -> "TagSet":
        return type(self)(self.tags)

    def merge(self, other: "TagSet") -> "TagSet":
        return type(self)(self.tags | other.tags)


def tag_all(items: List[str], extra: Dict[str, str]) -> List[str]:
    return [f"{i}:{extra.get(i, '')}" for i in items]


def normalize(tags: Iterable[str]) -> List[str]:
    return sorted({t.strip().lower() for t in tags})


def suggest(prefix: str, limit: int = DEFAULT_LIMIT, sep: str = _SEP) -> List[str]:
    return [prefix + str(i) for i in range(limit)]
