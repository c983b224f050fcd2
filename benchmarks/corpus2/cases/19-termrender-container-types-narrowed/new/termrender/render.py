import unicodedata
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Optional, Union


@dataclass(frozen=True)
class Segment:
    text: str
    style: Optional[str] = None


def cell_len(text: Union[str, Segment]) -> int:
    s = text.text if isinstance(text, Segment) else text
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def render_rows(rows: List[List[str]], widths: Optional[List[int]] = None) -> Iterator[str]:
    if widths is None:
        widths = [max(cell_len(r[i]) for r in rows) for i in range(len(rows[0]))] if rows else []
    for row in rows:
        row.extend([""] * (len(widths) - len(row)))  # pad short rows in place
        yield " | ".join(cell.ljust(w) for cell, w in zip(row, widths))


def render_table(
    headers: Iterable[str],
    rows: Iterable[Iterable[str]],
    styles: Optional[Dict[str, str]] = None,
) -> str:
    styles = styles if styles is not None else {}
    styles.setdefault("header", "bold")
    lines = list(render_rows([list(headers)] + [list(r) for r in rows]))
    return "\n".join(lines)


def segments(text: str, style: Optional[str] = None) -> Iterable[Segment]:
    return [Segment(line, style) for line in text.splitlines(keepends=True)]
