from .codec import dumps, loads
from .io import iter_lines, read_all, write_all

__all__ = ["dumps", "loads", "iter_lines", "read_all", "write_all"]
