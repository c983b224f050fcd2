"""Fast CSV parsing backed by a Rust extension."""
from ._native import parse
from .writer import write_rows

__all__ = ["parse", "write_rows"]
