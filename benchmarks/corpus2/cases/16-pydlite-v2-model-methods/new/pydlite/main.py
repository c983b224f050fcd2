import copy as _copy
import json as _json
from typing import Any, Dict, Optional, Set, Type, TypeVar

from typing_extensions import deprecated

M = TypeVar("M", bound="BaseModel")


class BaseModel:
    def __init__(self, **data: Any) -> None:
        for k, v in data.items():
            setattr(self, k, v)

    def model_dump(
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

    @deprecated("The `dict` method is deprecated; use `model_dump` instead.")
    def dict(
        self,
        *,
        include: Optional[Set[str]] = None,
        exclude: Optional[Set[str]] = None,
        by_alias: bool = False,
    ) -> Dict[str, Any]:
        return self.model_dump(include=include, exclude=exclude, by_alias=by_alias)

    def json(
        self,
        *,
        include: Optional[Set[str]] = None,
        exclude: Optional[Set[str]] = None,
        by_alias: bool = False,
        indent: Optional[int] = None,
    ) -> str:
        return _json.dumps(self.model_dump(include=include, exclude=exclude), indent=indent)

    def copy(
        self: M,
        *,
        update: Optional[Dict[str, Any]] = None,
        deep: bool = False,
    ) -> M:
        new = _copy.deepcopy(self) if deep else _copy.copy(self)
        for k, v in (update or {}).items():
            setattr(new, k, v)
        return new

    @classmethod
    def model_validate(cls: Type[M], obj: Any) -> M:
        return cls(**obj)

    @classmethod
    def schema(cls, by_alias: bool = True) -> Dict[str, Any]:
        return {"title": cls.__name__, "type": "object"}
