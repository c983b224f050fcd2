from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Optional, Union

Cell = Union[str, int, float, None]
Row = tuple[Cell, ...]


class Column:
    def __init__(self, name: str, dtype: type[object] = str, nullable: bool = True) -> None:
        self.name = name
        self.dtype = dtype
        self.nullable = nullable


class Table:
    def __init__(self, columns: Sequence[Column], rows: list[Row] | None = None) -> None:
        self.columns: list[Column] = list(columns)
        self.rows: list[Row] = rows or []

    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def where(self, predicate: Callable[[dict[str, Cell]], bool]) -> Table:
        names = self.column_names()
        return Table(self.columns, [r for r in self.rows if predicate(dict(zip(names, r)))])

    def select(self, names: Iterable[str]) -> Table:
        wanted: frozenset[str] = frozenset(names)
        idx = [i for i, c in enumerate(self.columns) if c.name in wanted]
        return Table([self.columns[i] for i in idx], [tuple(r[i] for i in idx) for r in self.rows])

    def to_dicts(self) -> Iterator[dict[str, Cell]]:
        names = self.column_names()
        for r in self.rows:
            yield dict(zip(names, r))

    def rename(self, mapping: Mapping[str, str], strict: bool | None = None) -> Table:
        cols = [Column(mapping.get(c.name, c.name), c.dtype, c.nullable) for c in self.columns]
        return Table(cols, self.rows)

    def first(self) -> Optional[Row]:
        return self.rows[0] if self.rows else None

    def shape(self) -> tuple[int, int]:
        return (len(self.rows), len(self.columns))


def read_csv(path: str, delimiter: str = ",", columns: Sequence[str] | None = None) -> Table:
    with open(path, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = list(columns) if columns else next(reader)
        return Table([Column(h) for h in header], [tuple(r) for r in reader])
