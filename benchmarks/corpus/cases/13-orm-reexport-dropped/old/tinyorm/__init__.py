"""tinyorm: declarative models over sqlite3."""
from tinyorm.fields import BooleanField, CharField, ForeignKey, IntegerField
from tinyorm.indexes import Index, UniqueIndex
from tinyorm.models import Model
from tinyorm.db import Database, connect

__all__ = [
    "BooleanField",
    "CharField",
    "ForeignKey",
    "IntegerField",
    "Index",
    "UniqueIndex",
    "Model",
    "Database",
    "connect",
]
