from .console import Console
from .table import Column, Table

__all__ = ["Console", "Column", "Table"]
