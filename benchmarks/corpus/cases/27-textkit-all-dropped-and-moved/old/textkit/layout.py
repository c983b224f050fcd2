import textwrap
from typing import List


def wrap(text: str, width: int = 70) -> List[str]:
    return textwrap.wrap(text, width)


def dedent_all(lines: List[str]) -> List[str]:
    return textwrap.dedent("\n".join(lines)).splitlines()
