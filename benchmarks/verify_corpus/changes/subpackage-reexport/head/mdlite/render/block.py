"""Blocks: headings and paragraphs."""

from __future__ import annotations

import re

from mdlite.render.inline import render_inline


def _block(chunk: str) -> str:
    if chunk.startswith("#"):
        level = min(len(chunk) - len(chunk.lstrip("#")), 6)
        return f"<h{level}>{render_inline(chunk[level:].strip())}</h{level}>"
    return f"<p>{render_inline(' '.join(chunk.split()))}</p>"


def render(source: str) -> str:
    """Blocks are separated by blank lines; a block starting with '#' is a heading."""
    chunks = [c.strip() for c in re.split(r"\n\s*\n", source) if c.strip()]
    return "\n".join(_block(c) for c in chunks)
