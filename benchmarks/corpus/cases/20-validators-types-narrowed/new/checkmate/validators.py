import re
from typing import List, Literal

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
_THRESHOLD = 50
_COLOR = "auto"


def validate_emails(emails: List[str]) -> List[str]:
    """Return the invalid addresses. Deduplicates *emails* in place."""
    emails[:] = list(dict.fromkeys(emails))
    return [e for e in emails if not _EMAIL.match(e)]


def set_threshold(value: int) -> None:
    """Threshold in percent (0-100)."""
    global _THRESHOLD
    _THRESHOLD = value


def colorize(enabled: Literal["auto", "always", "never"] = "auto") -> None:
    global _COLOR
    _COLOR = enabled
