from .decl_api import DeclarativeMeta, declarative_base
from .session import Session

__all__ = ["DeclarativeMeta", "Session", "declarative_base"]
