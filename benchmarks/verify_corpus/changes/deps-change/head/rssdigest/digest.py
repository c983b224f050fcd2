"""Turn feed entries into a digest."""
from dataclasses import dataclass

__all__ = ["Entry", "make_digest"]


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    published: str = ""


def make_digest(entries: list[Entry], limit: int = 10) -> str:
    lines = [f"- {e.title} <{e.link}>" for e in entries[:limit]]
    return "\n".join(lines) if lines else "(nothing new)"
