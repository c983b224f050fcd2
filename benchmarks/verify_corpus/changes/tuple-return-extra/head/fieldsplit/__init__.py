"""fieldsplit: split delimited lines into fields."""

from .parse import ParseError, split_fields, split_lines

__version__ = "1.3.1"
__all__ = ["ParseError", "split_fields", "split_lines"]
