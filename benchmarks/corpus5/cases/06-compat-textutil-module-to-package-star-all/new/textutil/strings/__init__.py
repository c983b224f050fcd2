from ._slug import *
from ._wrap import *
from . import _slug, _wrap
__all__ = _slug.__all__ + _wrap.__all__
