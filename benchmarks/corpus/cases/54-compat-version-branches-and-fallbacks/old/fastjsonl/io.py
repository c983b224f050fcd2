from typing import IO, Any, Iterator, List

from .codec import dumps, loads


def iter_lines(fp: IO[str]) -> Iterator[Any]:
    for line in fp:
        if line.strip():
            yield loads(line)


def read_all(fp: IO[str]) -> List[Any]:
    return list(iter_lines(fp))


def write_all(fp: IO[str], rows: List[Any]) -> int:
    for row in rows:
        fp.write(dumps(row) + "\n")
    return len(rows)
