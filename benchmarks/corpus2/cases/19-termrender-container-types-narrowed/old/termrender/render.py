import unicodedata
from typing import Iterator, Mapping, NamedTuple, Optional, Sequence, Union


class Segment(NamedTuple):
    text: str
    style: Optional[str] = None


def cell_len(text: Union[str, Segment]) -> int:
    s = text.text if isinstance(text, Segment) else text
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def render_rows(rows: Sequence[Sequence[str]], widths: Optional[Sequence[int]] = None) -> Iterator[str]:
    if widths is None:
        widths = [max(cell_len(r[i]) for r in rows) for i in range(len(rows[0]))] if rows else []
    for row in rows:
        yield " | ".join(cell.ljust(w) for cell, w in zip(row, widths))


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    styles: Optional[Mapping[str, str]] = None,
) -> str:
    lines = list(render_rows([list(headers)] + [list(r) for r in rows]))
    return "\n".join(lines)


def segments(text: str, style: Optional[str] = None) -> Iterator[Segment]:
    for line in text.splitlines(keepends=True):
        yield Segment(line, style)
