"""Slice sequences into pages."""

from .paginator import (
    Page,
    Paginator,
    paginate,
)

__all__ = (
    "Page",
    "Paginator",
    "paginate",
)
