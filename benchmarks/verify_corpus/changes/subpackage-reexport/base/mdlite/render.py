"""Render headings, paragraphs, **bold**, *em* and `code`."""

from __future__ import annotations

import re

from mdlite.escape import escape

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"\*(.+?)\*")
_CODE = re.compile(r"`(.+?)`")


def render_inline(text: str) -> str:
    """Inline markup of one line of text."""
    out = escape(text)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    return _EM.sub(r"<em>\1</em>", out)


def _block(chunk: str) -> str:
    if chunk.startswith("#"):
        level = min(len(chunk) - len(chunk.lstrip("#")), 6)
        return f"<h{level}>{render_inline(chunk[level:].strip())}</h{level}>"
    return f"<p>{render_inline(' '.join(chunk.split()))}</p>"


def render(source: str) -> str:
    """Blocks are separated by blank lines; a block starting with '#' is a heading."""
    chunks = [c.strip() for c in re.split(r"\n\s*\n", source) if c.strip()]
    return "\n".join(_block(c) for c in chunks)
