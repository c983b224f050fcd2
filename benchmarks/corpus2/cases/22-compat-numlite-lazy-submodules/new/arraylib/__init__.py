"""Array computing, the small way.

Submodules are imported lazily on first attribute access (SPEC 1 / PEP 562),
so `import arraylib` stays fast.
"""
import importlib
from typing import TYPE_CHECKING, Any, List

from .core import array, ones, zeros

if TYPE_CHECKING:
    from . import fft, linalg, random

__version__ = "1.5.0"
__all__ = ["array", "ones", "zeros", "fft", "linalg", "random"]

_submodules = {"fft", "linalg", "random"}


def __getattr__(name: str) -> Any:
    if name in _submodules:
        module = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> List[str]:
    return sorted(set(globals()) | _submodules)
