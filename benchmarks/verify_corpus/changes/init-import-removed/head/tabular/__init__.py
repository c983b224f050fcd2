"""tabular: read and page small tables."""
from .pager import MAX_ROWS, page

__all__ = ["page", "MAX_ROWS"]
