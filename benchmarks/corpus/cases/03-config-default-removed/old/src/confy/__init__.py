"""Layered configuration: TOML file, then environment variables."""
from .errors import ConfigError, MissingKeyError
from .loader import Settings, load, load_dict

__all__ = ["ConfigError", "MissingKeyError", "Settings", "load", "load_dict"]
