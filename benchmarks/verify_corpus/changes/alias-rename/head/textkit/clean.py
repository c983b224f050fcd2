"""Cleaning helpers."""


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace into one space."""
    return " ".join(text.split())


def clean_text(text: str, lower: bool = True) -> str:
    """Strip, squash whitespace and (by default) lower-case."""
    out = squash_spaces(text.strip())
    return out.lower() if lower else out


# Old name kept as a plain alias (same function object, no warning).
normalize = clean_text
