"""Summarise one numeric column of a CSV file."""

from csvsum.core import read_rows, summarize

__all__ = ["read_rows", "summarize"]
__version__ = "1.3.0"
