from .config import Config
from .session import Session

__all__ = ["Config", "Session"]
