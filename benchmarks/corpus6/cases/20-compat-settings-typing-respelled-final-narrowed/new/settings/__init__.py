from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

TIMEOUT: Final[int] = 3


@dataclass
class Settings:
    hosts: list[str] = field(default_factory=list)
    user: str | None = None
