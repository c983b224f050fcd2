from ._wrapping import wrap
from .util import humanize, slugify, truncate
from .layout import dedent_all

__all__ = ["humanize", "slugify", "truncate", "dedent_all", "wrap"]
