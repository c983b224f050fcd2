from .inspection import Inspector, inspect
from .session import NoResultFound, Query, Session

__all__ = ["Inspector", "inspect", "NoResultFound", "Query", "Session"]
