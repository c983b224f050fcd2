"""Markdown helpers."""
from textkit.html import escape
from .strings import slugify

__all__ = ["heading", "link", "toc"]


def heading(text: str, level: int = 2) -> str:
    return f"{'#' * level} {text} {{#{slugify(text)}}}"


def link(label: str, url: str) -> str:
    return f"[{escape(label)}]({url})"


def toc(headings: list[str]) -> str:
    return "\n".join(f"- [{escape(h)}](#{slugify(h)})" for h in headings)
