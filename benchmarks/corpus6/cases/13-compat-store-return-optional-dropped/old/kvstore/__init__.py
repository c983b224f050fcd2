from typing import Iterator, Optional


def lookup(key: str) -> Optional[int]:
    return 1


def keys() -> Iterator[str]:
    yield 'a'
