from .fields import Field
from .main import BaseModel
