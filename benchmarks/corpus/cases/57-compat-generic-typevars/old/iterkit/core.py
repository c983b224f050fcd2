from typing import Any, Hashable, Iterable, List, Optional


def chunked(items: List[Any], size: int) -> List[List[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def first(items: Iterable[Any], default: Any = None) -> Any:
    return next(iter(items), default)


def unique(items: Iterable[Hashable]) -> List[Hashable]:
    seen = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def flatten(nested: Iterable[Iterable[Any]]) -> List[Any]:
    return [x for sub in nested for x in sub]
