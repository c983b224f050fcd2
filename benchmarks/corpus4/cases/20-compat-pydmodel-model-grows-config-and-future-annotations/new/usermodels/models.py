from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

@dataclass
class User:
    model_config: ClassVar[dict] = {"extra": "forbid"}

    id: int
    name: str
    email: str | None = None
    roles: list[str] = field(default_factory=list)
    is_active: bool = True

    @property
    def display_name(self) -> str:
        return self.name.title()
