from textkit.html import escape, strip_tags
from textkit.markdown import heading, link
from textkit.strings import slugify, truncate

__all__ = ["escape", "heading", "link", "slugify", "strip_tags", "truncate"]
