"""Counting words."""

from __future__ import annotations

import re


def _tokenize(text: str) -> list[str]:
    words = []
    for raw in re.findall(r"[A-Za-z']+", text):
        word = raw.lower().strip("'")
        if word:
            words.append(word)
    return words


def word_counts(text: str) -> dict[str, int]:
    """How often each lower-cased word occurs, in order of first occurrence."""
    counts: dict[str, int] = {}
    for word in _tokenize(text):
        if word in counts:
            counts[word] = counts[word] + 1
        else:
            counts[word] = 1
    return counts


def top_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """The n most frequent words, ties broken alphabetically."""
    items = list(word_counts(text).items())
    items.sort(key=lambda item: item[0])
    items.sort(key=lambda item: item[1], reverse=True)
    return items[:n]


def unique_ratio(text: str) -> float:
    """Distinct words / all words (0.0 for no words)."""
    words = _tokenize(text)
    if not words:
        return 0.0
    distinct = []
    for word in words:
        if word not in distinct:
            distinct.append(word)
    return len(distinct) / len(words)
