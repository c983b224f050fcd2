"""Field splitting with double-quote support."""

from ._speedups import HAVE_REGEX  # noqa: F401


class ParseError(ValueError):
    """Raised when a line cannot be split."""


def split_fields(line, sep=","):
    """Split one line into a tuple of fields; double quotes protect separators."""
    fields = []
    current = []
    quoted = False
    opened_at = -1
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
            if quoted:
                opened_at = i
        elif ch == sep and not quoted:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    if quoted:
        raise ParseError(f"quote opened at column {opened_at + 1} is never closed")
    fields.append("".join(current))
    return tuple(fields)


def split_lines(text, sep=","):
    """Split every non-empty line of `text`; return a list of rows."""
    return [split_fields(line, sep) for line in text.splitlines() if line.strip()]
