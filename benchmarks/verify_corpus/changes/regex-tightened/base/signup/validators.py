"""Input validators for the signup form."""
import re

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]+$")


def is_valid_username(name: str) -> bool:
    """True when `name` is lower-case letters, digits or underscores, at least 3 long."""
    return bool(USERNAME_RE.match(name))


def validate_email(address: str) -> str:
    """Return the address lower-cased, or raise ValueError."""
    address = address.strip().lower()
    if not EMAIL_RE.match(address):
        raise ValueError(f"invalid email: {address!r}")
    return address
