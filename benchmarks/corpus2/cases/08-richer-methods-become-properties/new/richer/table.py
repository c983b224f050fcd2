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
        self._sections: List[int] = []

    def add_column(self, header: str = "", *, justify: str = "left") -> None:
        self.columns.append(Column(header, justify))

    def add_row(self, *renderables: str, style: Optional[str] = None, end_section: bool = False) -> None:
        self.rows.append(list(renderables))
        if end_section:
            self._sections.append(len(self.rows))

    @property
    def row_count(self) -> int:
        return len(self.rows)
