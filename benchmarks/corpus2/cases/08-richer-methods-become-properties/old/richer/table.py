from typing import List, Optional


class Column:
    def __init__(self, header: str = "", justify: str = "left") -> None:
        self.header = header
        self.justify = justify


class Table:
    def __init__(self, *headers: str, title: Optional[str] = None, show_lines: bool = False) -> None:
        self.columns: List[Column] = [Column(h) for h in headers]
        self.rows: List[List[str]] = []
        self.title = title
        self.show_lines = show_lines

    def add_column(self, header: str = "", *, justify: str = "left") -> None:
        self.columns.append(Column(header, justify))

    def add_row(self, *renderables: str, style: Optional[str] = None) -> None:
        self.rows.append(list(renderables))

    def row_count(self) -> int:
        return len(self.rows)
