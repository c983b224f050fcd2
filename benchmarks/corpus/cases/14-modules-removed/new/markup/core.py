import html
from typing import Any


class Markup(str):
    """A string that is safe to insert into HTML without escaping."""

    def __html__(self) -> "Markup":
        return self

    def join(self, seq: Any) -> "Markup":
        return Markup(super().join(escape(s) for s in seq))


def escape(value: Any) -> Markup:
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return Markup(html.escape(str(value), quote=True))


def soft_str(value: Any) -> str:
    return value if isinstance(value, str) else str(value)
