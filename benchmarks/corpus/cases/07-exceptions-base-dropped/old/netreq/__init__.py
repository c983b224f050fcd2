from ._exceptions import *  # noqa: F401,F403
from .api import fetch
