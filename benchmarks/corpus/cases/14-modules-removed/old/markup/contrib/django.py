from ..core import escape


def mark_safe_escape(value):
    return escape(value)
