"""tabular: read and page small tables."""
from . import formats
from .pager import MAX_ROWS, page

__all__ = ["formats", "page", "MAX_ROWS"]
