from .model import *
from .reader import *
from .model import __all__ as _model_all
from .reader import __all__ as _reader_all

__all__ = _model_all + _reader_all
