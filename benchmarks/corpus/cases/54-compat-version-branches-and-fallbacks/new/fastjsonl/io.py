import sys
from typing import IO, Any, Iterator, List

from .codec import dumps, loads

if sys.version_info >= (3, 12):
    from itertools import batched as _batched
else:
    from itertools import islice

    def _batched(iterable, n):
        it = iter(iterable)
        while chunk := tuple(islice(it, n)):
            yield chunk


def iter_lines(fp: IO[str]) -> Iterator[Any]:
    for line in fp:
        if line.strip():
            yield loads(line)


def read_all(fp: IO[str]) -> List[Any]:
    return list(iter_lines(fp))


if sys.version_info >= (3, 11):

    def write_all(fp: IO[str], rows: List[Any]) -> int:
        for batch in _batched(rows, 1000):
            fp.writelines(dumps(row) + "\n" for row in batch)
        return len(rows)

else:

    def write_all(fp: IO[str], rows: List[Any]) -> int:
        for row in rows:
            fp.write(dumps(row) + "\n")
        return len(rows)
