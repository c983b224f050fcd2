from .parsing import parse, to_timestamp
from .formatting import humanize

__all__ = ["parse", "to_timestamp", "humanize"]
