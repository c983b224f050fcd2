"""acme.analytics: part of the acme namespace package."""
from .metrics import mean, percentile, summarize

__all__ = ["mean", "percentile", "summarize"]
