from .ops import copy, move, tree_size
from .archive import make_archive

__all__ = ["copy", "move", "tree_size", "make_archive"]
