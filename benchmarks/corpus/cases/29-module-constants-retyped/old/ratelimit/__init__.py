from . import defaults
from .limiter import Limiter

__all__ = ["defaults", "Limiter"]
