"""String helpers: the bottom layer."""
import re
import unicodedata

__all__ = ["clean_title", "slugify", "truncate"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def truncate(text: str, width: int, suffix: str = "...") -> str:
    if len(text) <= width:
        return text
    return text[: max(width - len(suffix), 0)] + suffix


def clean_title(text: str, width: int = 60) -> str:
    """A page title from markup: tags removed, shortened."""
    from textkit.html import strip_tags

    return truncate(strip_tags(text).strip(), width)
