"""Counting words."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[A-Za-z']+")


def _words(text: str) -> list[str]:
    return [w for w in (raw.lower().strip("'") for raw in _WORD.findall(text)) if w]


def word_counts(text: str) -> dict[str, int]:
    """How often each lower-cased word occurs, in order of first occurrence."""
    return dict(Counter(_words(text)))


def top_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """The n most frequent words, ties broken alphabetically."""
    return sorted(word_counts(text).items(), key=lambda item: (-item[1], item[0]))[:n]


def unique_ratio(text: str) -> float:
    """Distinct words / all words (0.0 for no words)."""
    words = _words(text)
    return len(set(words)) / len(words) if words else 0.0
