"""Field splitting with double-quote support."""


class ParseError(ValueError):
    """Raised when a line cannot be split."""


def split_fields(line, sep=","):
    """Split one line into a list of fields; double quotes protect separators."""
    fields = []
    current = []
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    if quoted:
        raise ParseError("unterminated quote")
    fields.append("".join(current))
    return fields


def split_lines(text, sep=","):
    """Split every non-empty line of `text`; return a list of rows."""
    return [split_fields(line, sep) for line in text.splitlines() if line.strip()]
