"""Normalise and collect free-form tags."""

from taglib.collect import collect, merge
from taglib.text import normalise

__all__ = ["collect", "merge", "normalise"]
