from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class User:
    id: int
    name: str
    email: Optional[str] = None
    roles: List[str] = field(default_factory=list)
