"""String helpers: the bottom layer."""
import re
import unicodedata

__all__ = ["slugify", "truncate"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def truncate(text: str, width: int, suffix: str = "...") -> str:
    if len(text) <= width:
        return text
    return text[: max(width - len(suffix), 0)] + suffix
