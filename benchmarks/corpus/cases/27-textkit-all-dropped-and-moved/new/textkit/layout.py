import textwrap
from typing import List


def dedent_all(lines: List[str]) -> List[str]:
    return textwrap.dedent("\n".join(lines)).splitlines()
