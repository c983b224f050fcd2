"""Text normalisation for tags."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[\s_]+")


def normalise(tag: str) -> str:
    """Lower-case, trim, and join words with single hyphens: ' Big  Data ' -> 'big-data'."""
    return _SPACES.sub("-", tag.strip().lower()).strip("-")
