from typing import Any, Hashable, Iterable, List, Sequence, TypeVar, Union

T = TypeVar("T")
H = TypeVar("H", bound=Hashable)


def chunked(items: Sequence[T], size: int) -> List[List[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def first(items: Iterable[T], default: Any = None) -> Any:
    return next(iter(items), default)


def unique(items: Iterable[H]) -> List[H]:
    seen = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def flatten(nested: Iterable[Iterable[T]]) -> List[T]:
    return [x for sub in nested for x in sub]
