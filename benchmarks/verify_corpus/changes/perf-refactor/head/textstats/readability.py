"""Sentence figures."""

from __future__ import annotations

import re

from textstats.counting import word_counts


def sentence_count(text: str) -> int:
    return len([s for s in re.split(r"[.!?]+", text) if s.strip()])


def avg_sentence_length(text: str) -> float:
    sentences = sentence_count(text)
    return sum(word_counts(text).values()) / sentences if sentences else 0.0
