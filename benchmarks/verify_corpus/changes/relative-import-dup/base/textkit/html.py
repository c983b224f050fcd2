"""HTML helpers."""
import html
import re

from textkit.strings import truncate

__all__ = ["escape", "strip_tags", "summary"]


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def strip_tags(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup)


def summary(markup: str, width: int = 80) -> str:
    return truncate(strip_tags(markup), width)
