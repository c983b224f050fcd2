from typing import Any, Dict, Optional, Tuple


class DeclarativeMeta(type):
    def __init__(cls, classname: str, bases: Tuple[type, ...], dict_: Dict[str, Any]) -> None:
        super().__init__(classname, bases, dict_)
        if "__tablename__" in dict_:
            cls.registry[dict_["__tablename__"]] = cls  # type: ignore[attr-defined]


def declarative_base(name: str = "Base", metadata: Optional[Any] = None) -> Any:
    return DeclarativeMeta(name, (object,), {"registry": {}, "metadata": metadata})
