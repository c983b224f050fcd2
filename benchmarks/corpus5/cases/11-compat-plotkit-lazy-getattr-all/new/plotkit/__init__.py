import importlib
from typing import TYPE_CHECKING
__all__ = ["Figure", "Axes", "subplots"]
_LAZY = {"Figure": ".figure", "Axes": ".axes", "subplots": ".axes"}
if TYPE_CHECKING:
    from .figure import Figure
    from .axes import Axes, subplots
def __getattr__(name):
    if name in _LAZY:
        mod = importlib.import_module(_LAZY[name], __name__)
        return getattr(mod, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(list(globals()) + __all__)
