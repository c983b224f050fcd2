from typing import Any, Optional


class Field:
    def __init__(self, *, null: bool = False, default: Any = None, column: Optional[str] = None) -> None:
        self.null = null
        self.default = default
        self.column = column


class CharField(Field):
    def __init__(self, max_length: int = 255, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_length = max_length


class IntegerField(Field):
    pass


class BooleanField(Field):
    pass


class ForeignKey(Field):
    def __init__(self, to: str, on_delete: str = "CASCADE", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.to = to
        self.on_delete = on_delete
