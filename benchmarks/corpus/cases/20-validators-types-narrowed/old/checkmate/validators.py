import re
from typing import Iterable, List, Union

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
_THRESHOLD = 0.5
_COLOR: Union[bool, str] = "auto"


def validate_emails(emails: Iterable[str]) -> List[str]:
    """Return the invalid addresses."""
    return [e for e in emails if not _EMAIL.match(e)]


def set_threshold(value: float) -> None:
    global _THRESHOLD
    _THRESHOLD = value


def colorize(enabled: Union[bool, str] = "auto") -> None:
    """True/False, or "auto" to detect a terminal."""
    global _COLOR
    _COLOR = enabled
