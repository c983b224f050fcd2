"""Settings of a tail run."""

from dataclasses import dataclass
from typing import Optional


@dataclass
class TailConfig:
    lines: int = 10
    level: Optional[str] = None
    encoding: str = "utf-8"
