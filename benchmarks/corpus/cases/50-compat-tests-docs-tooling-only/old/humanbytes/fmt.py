_UNITS = ["B", "KiB", "MiB", "GiB", "TiB"]


def format_size(n: int, precision: int = 1) -> str:
    size = float(n)
    for unit in _UNITS:
        if size < 1024 or unit == _UNITS[-1]:
            return f"{size:.{precision}f} {unit}" if unit != "B" else f"{int(size)} B"
        size /= 1024
    raise AssertionError


def parse_size(text: str) -> int:
    number, _, unit = text.strip().partition(" ")
    return int(float(number) * 1024 ** _UNITS.index(unit or "B"))
