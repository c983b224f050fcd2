from .schema import Schema, load_schema
from .validators import colorize, set_threshold, validate_emails

__all__ = ["Schema", "load_schema", "colorize", "set_threshold", "validate_emails"]
