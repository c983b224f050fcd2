from typing import Any, Optional


class FieldInfo:
    def __init__(self, default: Any = ..., alias: Optional[str] = None, regex: Optional[str] = None) -> None:
        self.default = default
        self.alias = alias
        self.regex = regex


def Field(default: Any = ..., *, alias: Optional[str] = None, pattern: Optional[str] = None, description: Optional[str] = None) -> Any:
    return FieldInfo(default, alias=alias, regex=pattern)
