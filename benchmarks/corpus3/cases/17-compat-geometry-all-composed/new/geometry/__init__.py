from . import transform
from .shapes import *
from .shapes import __all__ as _shapes_all
from .transform import *

__all__ = []
__all__ += _shapes_all
__all__.extend(transform.__all__)
