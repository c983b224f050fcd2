"""slugline: slugs and short titles."""

from .text import slugify, title_case, truncate

__version__ = "0.4.1"
__all__ = ["slugify", "title_case", "truncate"]
