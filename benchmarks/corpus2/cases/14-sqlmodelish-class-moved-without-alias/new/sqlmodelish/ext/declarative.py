"""Legacy location: declarative_base moved to sqlmodelish.orm (re-exported here for now)."""
from typing import Any, Callable

from ..orm.decl_api import declarative_base

__all__ = ["declarative_base", "as_declarative"]


def as_declarative(**kw: Any) -> Callable[[type], Any]:
    def decorate(cls: type) -> Any:
        return declarative_base(cls.__name__, **kw)

    return decorate
