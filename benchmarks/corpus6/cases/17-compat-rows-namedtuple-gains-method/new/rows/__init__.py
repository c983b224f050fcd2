from typing import NamedTuple


class Row(NamedTuple):
    id: int
    name: str

    @property
    def label(self) -> str:
        return f"{self.id}:{self.name}"

    def as_dict(self) -> dict:
        return self._asdict()
