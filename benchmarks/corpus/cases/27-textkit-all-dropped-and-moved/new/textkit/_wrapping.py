import textwrap
from typing import List


def wrap(text: str, width: int = 70) -> List[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)
