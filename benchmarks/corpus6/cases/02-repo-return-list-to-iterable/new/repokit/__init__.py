from typing import Generator, Iterable


def list_users() -> Iterable[str]:
    return ('a', 'b')


def stream_ids() -> Generator[int, None, None]:
    yield 1
