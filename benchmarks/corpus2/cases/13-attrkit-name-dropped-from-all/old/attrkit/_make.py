from typing import Any, Callable, List, Optional, Tuple


class Attribute:
    def __init__(self, name: str, default: Any = None) -> None:
        self.name = name
        self.default = default


class Factory:
    def __init__(self, factory: Callable[[], Any], takes_self: bool = False) -> None:
        self.factory = factory
        self.takes_self = takes_self


def attrib(default: Any = None, validator: Optional[Callable[..., Any]] = None) -> Any:
    return Attribute("", default)


def attrs(maybe_cls: Optional[type] = None, *, auto_attribs: bool = False) -> Any:
    return maybe_cls


def fields(cls: type) -> Tuple[Attribute, ...]:
    return tuple(getattr(cls, "__attrs_attrs__", ()))
