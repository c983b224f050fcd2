"""Split rows into pages."""

MAX_ROWS = 500


def page(rows: list, size: int = 50) -> list:
    """Split at most MAX_ROWS rows into pages of `size`."""
    rows = rows[:MAX_ROWS]
    return [rows[i:i + size] for i in range(0, len(rows), size)]
