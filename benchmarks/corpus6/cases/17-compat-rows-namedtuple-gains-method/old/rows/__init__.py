from typing import NamedTuple


class Row(NamedTuple):
    id: int
    name: str
