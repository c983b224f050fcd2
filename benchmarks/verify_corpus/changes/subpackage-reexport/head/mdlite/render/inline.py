"""Inline markup: **bold**, *em* and `code`."""

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
