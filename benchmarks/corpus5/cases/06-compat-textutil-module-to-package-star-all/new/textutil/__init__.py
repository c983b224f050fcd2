from .strings import *
from .strings import __all__
