import itertools
import os
import sys
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, Tuple, TypeVar, Union

if TYPE_CHECKING:
    from _typeshed import SupportsRead

T = TypeVar("T")

if sys.version_info >= (3, 11):
    import tomllib

    def loads(text: str) -> Dict[str, Any]:
        return tomllib.loads(text)

else:
    import tomli as tomllib

    def loads(text: str) -> Dict[str, Any]:
        return tomllib.loads(text.replace("\r\n", "\n"))


def load(path: Union[str, "os.PathLike[str]"]) -> Dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


if sys.version_info >= (3, 12):

    def batched(iterable: Iterable[T], n: int) -> Iterator[Tuple[T, ...]]:
        return itertools.batched(iterable, n)

else:

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

    if sys.version_info >= (3, 9):

        def merge(self, other: "Settings") -> "Settings":
            return Settings(self.data | other.data)

    else:

        def merge(self, other: "Settings") -> "Settings":
            return Settings({**self.data, **other.data})
