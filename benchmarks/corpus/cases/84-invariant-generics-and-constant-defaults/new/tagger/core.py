from typing import Dict, Iterable, List, Optional, Union

from typing_extensions import Self

DEFAULT_LIMIT = 25
_SEP = ","


class TagSet:
    def __init__(self, tags: Iterable[str] = ()) -> None:
        self.tags = set(tags)

    def copy(self) -> Self:
        return type(self)(self.tags)

    def merge(self, other: "TagSet") -> Self:
        return type(self)(self.tags | other.tags)


def tag_all(items: List[Union[str, bytes]], extra: Dict[str, Optional[str]]) -> List[str]:
    return [f"{i!s}:{extra.get(str(i)) or ''}" for i in items]


def normalize(tags: Iterable[Union[str, bytes]]) -> List[str]:
    return sorted({(t.decode() if isinstance(t, bytes) else t).strip().lower() for t in tags})


def suggest(prefix: str, limit: int = DEFAULT_LIMIT, sep: str = _SEP) -> List[str]:
    return [prefix + str(i) for i in range(limit)]
