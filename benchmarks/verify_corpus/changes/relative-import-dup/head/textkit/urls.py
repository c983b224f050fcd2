"""URL helpers for generated pages."""
import re
from urllib.parse import quote

__all__ = ["build_url", "slugify"]


def slugify(value: str, sep: str = "-") -> str:
    return re.sub(r"[^a-z0-9]+", sep, value.lower()).strip(sep)


def build_url(base: str, *parts: str) -> str:
    return "/".join([base.rstrip("/"), *(quote(slugify(p)) for p in parts)])
