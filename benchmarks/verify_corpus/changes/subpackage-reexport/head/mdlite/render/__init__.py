"""Render headings, paragraphs, **bold**, *em* and `code`.

Split into `mdlite.render.inline` and `mdlite.render.block`; both names stay importable from here.
"""

from mdlite.render.block import render
from mdlite.render.inline import render_inline

__all__ = ["render", "render_inline"]
