import re
import unicodedata

__all__ = ["slugify", "truncate"]


def slugify(text: str, sep: str = "-") -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)


def truncate(text: str, length: int, suffix: str = "...") -> str:
    return text if len(text) <= length else text[: length - len(suffix)] + suffix


def humanize(n: int) -> str:
    """Deprecated in the util module; kept for the package-level export."""
    for unit in ("", "K", "M", "G"):
        if abs(n) < 1000:
            return f"{n}{unit}"
        n //= 1000
    return f"{n}T"
