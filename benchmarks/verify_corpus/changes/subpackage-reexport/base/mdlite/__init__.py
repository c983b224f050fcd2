"""mdlite: a very small Markdown subset to HTML."""

from mdlite.render import render, render_inline

__all__ = ["render", "render_inline"]
