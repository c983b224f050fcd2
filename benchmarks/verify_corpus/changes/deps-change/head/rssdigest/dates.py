"""Publication dates in the many formats feeds use."""
from datetime import datetime

from dateutil import parser

__all__ = ["parse_published"]


def parse_published(value: str) -> datetime:
    return parser.parse(value)
