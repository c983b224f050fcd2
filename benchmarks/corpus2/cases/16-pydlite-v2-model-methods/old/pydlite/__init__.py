from .fields import Field, FieldInfo
from .main import BaseModel

__all__ = ["BaseModel", "Field", "FieldInfo"]
