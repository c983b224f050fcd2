import itertools
import os
from typing import Any, Dict, Iterable, Iterator, Tuple, TypeVar, Union

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

T = TypeVar("T")


def loads(text: str) -> Dict[str, Any]:
    return tomllib.loads(text)


def load(path: Union[str, "os.PathLike[str]"]) -> Dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def batched(iterable: Iterable[T], n: int) -> Iterator[Tuple[T, ...]]:
    it = iter(iterable)
    while batch := tuple(itertools.islice(it, n)):
        yield batch


class Settings:
    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def merge(self, other: "Settings") -> "Settings":
        return Settings({**self.data, **other.data})
