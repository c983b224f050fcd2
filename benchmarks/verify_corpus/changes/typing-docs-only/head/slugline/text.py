"""Text helpers: slugs, truncation and title case."""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, sep: str = "-") -> str:
    """Return `text` lower-cased, with every run of non-alphanumeric characters replaced by `sep`.

    Leading and trailing separators are stripped: ``slugify("Hello, World!") == "hello-world"``.
    """
    return _NON_WORD.sub(sep, text.lower()).strip(sep)


def truncate(text: str, limit: int = 40, ellipsis: str = "...") -> str:
    """Return `text` unchanged if it fits in `limit` characters, else cut it and append `ellipsis`.

    The result, ellipsis included, is never longer than `limit`.
    """
    if len(text) <= limit:
        return text
    return text[: limit - len(ellipsis)].rstrip() + ellipsis


def title_case(text: str) -> str:
    """Upper-case the first letter of every whitespace-separated word; collapse runs of whitespace."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split())
