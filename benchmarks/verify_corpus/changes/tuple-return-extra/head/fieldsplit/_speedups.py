"""Optional speed-ups: used only when the `fast` extra (the `regex` package) is installed."""

try:
    import regex  # noqa: F401
except ImportError:  # the extra is not installed
    regex = None

HAVE_REGEX = regex is not None
