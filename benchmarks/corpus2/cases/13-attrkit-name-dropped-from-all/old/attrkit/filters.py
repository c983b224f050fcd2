from typing import Any, Callable

__all__ = ["include", "exclude"]


def include(*what: Any) -> Callable[[Any, Any], bool]:
    return lambda attribute, value: attribute in what


def exclude(*what: Any) -> Callable[[Any, Any], bool]:
    return lambda attribute, value: attribute not in what
