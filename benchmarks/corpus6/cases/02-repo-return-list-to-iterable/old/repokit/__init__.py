from typing import Iterator, List


def list_users() -> List[str]:
    return ['a', 'b']


def stream_ids() -> Iterator[int]:
    yield 1
