from .convert import *  # noqa: F403
from .named import NAMED_COLORS, lookup
