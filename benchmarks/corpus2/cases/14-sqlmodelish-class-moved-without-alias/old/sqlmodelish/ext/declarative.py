from typing import Any, Callable, Dict, Optional, Tuple

__all__ = ["DeclarativeMeta", "declarative_base", "as_declarative"]


class DeclarativeMeta(type):
    def __init__(cls, classname: str, bases: Tuple[type, ...], dict_: Dict[str, Any]) -> None:
        super().__init__(classname, bases, dict_)
        if "__tablename__" in dict_:
            cls.registry[dict_["__tablename__"]] = cls  # type: ignore[attr-defined]


def declarative_base(name: str = "Base", metadata: Optional[Any] = None) -> Any:
    return DeclarativeMeta(name, (object,), {"registry": {}, "metadata": metadata})


def as_declarative(**kw: Any) -> Callable[[type], Any]:
    def decorate(cls: type) -> Any:
        return declarative_base(cls.__name__, **kw)

    return decorate
