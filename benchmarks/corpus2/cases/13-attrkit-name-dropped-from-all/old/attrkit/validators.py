from typing import Any, Callable

__all__ = ["instance_of", "optional", "provides"]


def instance_of(type_: type) -> Callable[[Any, Any, Any], None]:
    def check(inst: Any, attr: Any, value: Any) -> None:
        if not isinstance(value, type_):
            raise TypeError(f"{attr} must be {type_!r}")

    return check


def optional(validator: Callable[[Any, Any, Any], None]) -> Callable[[Any, Any, Any], None]:
    def check(inst: Any, attr: Any, value: Any) -> None:
        if value is not None:
            validator(inst, attr, value)

    return check


def provides(interface: Any) -> Callable[[Any, Any, Any], None]:
    def check(inst: Any, attr: Any, value: Any) -> None:
        if not interface.providedBy(value):
            raise TypeError(f"{attr} must provide {interface!r}")

    return check
