from .fields import Field, IntegerField, TextField
from .model import Model
from .query import Query
from .session import Session

__all__ = ["Field", "IntegerField", "TextField", "Model", "Query", "Session"]
