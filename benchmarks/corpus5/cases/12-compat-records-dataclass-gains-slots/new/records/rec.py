from dataclasses import dataclass, field
@dataclass(slots=True)
class Record:
    key: str
    value: int = 0
    tags: list = field(default_factory=list)
    def bump(self, n: int = 1) -> None:
        self.value += n
