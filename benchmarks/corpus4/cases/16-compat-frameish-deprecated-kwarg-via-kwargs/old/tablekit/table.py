from typing import Optional

class Table:
    def to_csv(self, path: str, line_terminator: Optional[str] = None) -> None:
        pass
