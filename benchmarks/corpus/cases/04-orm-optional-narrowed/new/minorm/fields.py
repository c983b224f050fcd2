from typing import Any, Optional


class Field:
    sql_type = "BLOB"

    def __init__(self, *, primary_key: bool = False, nullable: bool = True, default: Any = None) -> None:
        self.primary_key = primary_key
        self.nullable = nullable
        self.default = default
        self.name: Optional[str] = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name


class IntegerField(Field):
    sql_type = "INTEGER"


class TextField(Field):
    sql_type = "TEXT"
