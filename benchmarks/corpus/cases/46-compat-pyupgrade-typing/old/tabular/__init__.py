from .table import Column, Table, read_csv

__all__ = ["Column", "Table", "read_csv"]
