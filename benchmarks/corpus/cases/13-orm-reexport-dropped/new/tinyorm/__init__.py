"""tinyorm: declarative models over sqlite3.

Relations and indexes now live in their own modules:
``from tinyorm.fields import ForeignKey``, ``from tinyorm.indexes import Index``.
"""
from .db import Database, connect
from .fields import BooleanField, CharField, IntegerField
from .indexes import UniqueIndex
from .models import Model

__all__ = [
    "Database",
    "Model",
    "connect",
    "BooleanField",
    "CharField",
    "IntegerField",
    "UniqueIndex",
]
