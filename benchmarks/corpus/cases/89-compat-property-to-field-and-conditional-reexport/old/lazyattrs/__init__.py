from ._compat import cached_property
from .models import Person

__all__ = ["cached_property", "Person"]
