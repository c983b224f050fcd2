"""Markdown helpers."""
from textkit.html import escape
from textkit.strings import slugify

__all__ = ["heading", "link"]


def heading(text: str, level: int = 2) -> str:
    return f"{'#' * level} {text} {{#{slugify(text)}}}"


def link(label: str, url: str) -> str:
    return f"[{escape(label)}]({url})"
