from typing import Dict, Tuple

NAMED_COLORS: Dict[str, str] = {"red": "#ff0000", "green": "#00ff00", "blue": "#0000ff"}


def lookup(name: str) -> Tuple[int, int, int]:
    value = NAMED_COLORS[name].lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
