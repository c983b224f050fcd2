from .client import HTTPConfigClient
from .parser import load, load_file

__all__ = ["HTTPConfigClient", "load", "load_file"]
