"""Collect normalised tags without duplicates."""

from __future__ import annotations

from collections.abc import Iterable

from taglib.text import normalise


def collect(tags: Iterable[str], into: list[str] = []) -> list[str]:
    """Append the normalised `tags` not already in `into`, in order; return `into`."""
    for tag in tags:
        name = normalise(tag)
        if name and name not in into:
            into.append(name)
    return into


def merge(*groups: Iterable[str]) -> list[str]:
    """The normalised tags of all `groups`, first occurrence kept."""
    result: list[str] = []
    for group in groups:
        collect(group, result)
    return result
