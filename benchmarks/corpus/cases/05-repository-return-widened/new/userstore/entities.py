from dataclasses import dataclass, field
from typing import Optional


@dataclass
class User:
    id: int
    email: str
    name: str = ""
    tags: list[str] = field(default_factory=list)
    manager_id: Optional[int] = None
