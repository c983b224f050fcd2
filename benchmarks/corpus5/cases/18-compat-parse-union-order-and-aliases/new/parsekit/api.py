from __future__ import annotations
import os
from typing import Optional, Union
def parse(src: bytes | os.PathLike[str] | str, opts: dict[str, int] | None = None) -> list[str]:
    return []
def merge(a: float | int, b: Optional[Union[float, int]] = None) -> float | int:
    return a
