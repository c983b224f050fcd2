import copy as _copy
import json as _json
from typing import Any, Callable, Dict, Optional, Set, Type, TypeVar

M = TypeVar("M", bound="BaseModel")


class BaseModel:
    def __init__(self, **data: Any) -> None:
        for k, v in data.items():
            setattr(self, k, v)

    def dict(
        self,
        *,
        include: Optional[Set[str]] = None,
        exclude: Optional[Set[str]] = None,
        by_alias: bool = False,
    ) -> Dict[str, Any]:
        data = {k: v for k, v in vars(self).items() if not k.startswith("_")}
        if include is not None:
            data = {k: v for k, v in data.items() if k in include}
        return {k: v for k, v in data.items() if k not in (exclude or set())}

    def json(
        self,
        *,
        include: Optional[Set[str]] = None,
        exclude: Optional[Set[str]] = None,
        by_alias: bool = False,
        encoder: Optional[Callable[[Any], Any]] = None,
        indent: Optional[int] = None,
    ) -> str:
        return _json.dumps(self.dict(include=include, exclude=exclude), default=encoder, indent=indent)

    def copy(
        self: M,
        *,
        include: Optional[Set[str]] = None,
        exclude: Optional[Set[str]] = None,
        update: Optional[Dict[str, Any]] = None,
        deep: bool = False,
    ) -> M:
        new = _copy.deepcopy(self) if deep else _copy.copy(self)
        for k, v in (update or {}).items():
            setattr(new, k, v)
        return new

    @classmethod
    def parse_obj(cls: Type[M], obj: Any) -> M:
        return cls(**obj)

    @classmethod
    def schema(cls, by_alias: bool = True) -> Dict[str, Any]:
        return {"title": cls.__name__, "type": "object"}
