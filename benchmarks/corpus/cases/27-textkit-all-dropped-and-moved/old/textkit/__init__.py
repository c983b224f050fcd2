from .util import humanize, slugify, truncate
from .layout import dedent_all, wrap

__all__ = ["humanize", "slugify", "truncate", "dedent_all", "wrap"]
