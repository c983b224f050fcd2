import sys

from .models import Person

if sys.version_info >= (3, 8):
    from functools import cached_property
else:  # pragma: no cover
    from ._compat import cached_property

__all__ = ["cached_property", "Person"]
