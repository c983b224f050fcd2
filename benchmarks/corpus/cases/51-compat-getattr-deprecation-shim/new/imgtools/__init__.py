import warnings
from typing import Any

from .filters import blur, sharpen
from .io import ImageLoader, load_image

__all__ = ["blur", "sharpen", "ImageLoader", "load_image"]

_RENAMED = {"ImageReader": "ImageLoader", "read_image": "load_image"}


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        new = _RENAMED[name]
        warnings.warn(f"imgtools.{name} is deprecated, use imgtools.{new}", DeprecationWarning, stacklevel=2)
        return globals()[new]
    raise AttributeError(f"module 'imgtools' has no attribute {name!r}")


def __dir__() -> list:
    return sorted(list(globals()) + list(_RENAMED))
