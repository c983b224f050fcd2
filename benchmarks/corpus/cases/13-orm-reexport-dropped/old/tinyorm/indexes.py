from typing import Sequence


class Index:
    unique = False

    def __init__(self, *columns: str, name: str = "") -> None:
        self.columns: Sequence[str] = columns
        self.name = name or "idx_" + "_".join(columns)


class UniqueIndex(Index):
    unique = True
