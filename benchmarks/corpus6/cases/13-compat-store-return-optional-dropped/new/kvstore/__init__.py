from typing import Generator


def lookup(key: str) -> int:
    return 1


def keys() -> Generator[str, None, None]:
    yield 'a'
