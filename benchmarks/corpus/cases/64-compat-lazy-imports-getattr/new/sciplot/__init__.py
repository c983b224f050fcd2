"""Plotting helpers. Backends are imported lazily on first access (PEP 562)."""
import importlib
from typing import TYPE_CHECKING, Any

from . import colors
from .figure import Figure, subplots

if TYPE_CHECKING:
    from .backends.png import PNGBackend
    from .backends.svg import SVGBackend

__all__ = ["colors", "Figure", "subplots", "SVGBackend", "PNGBackend"]

_LAZY = {
    "SVGBackend": ".backends.svg",
    "PNGBackend": ".backends.png",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name], __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list:
    return sorted(set(globals()) | set(_LAZY))
