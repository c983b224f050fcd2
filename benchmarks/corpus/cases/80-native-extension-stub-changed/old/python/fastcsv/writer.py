import io
from typing import Iterable, Sequence


def write_rows(rows: Iterable[Sequence[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    for row in rows:
        out.write(delimiter.join(row) + "\n")
    return out.getvalue()
