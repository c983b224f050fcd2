"""Cleaning helpers."""


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace into one space."""
    return " ".join(text.split())


def normalize(text: str, lower: bool = True) -> str:
    """Strip, squash whitespace and (by default) lower-case."""
    out = squash_spaces(text.strip())
    return out.lower() if lower else out
