from dataclasses import dataclass, field
from typing import Final, List, Optional

TIMEOUT: Final[float] = 2.5


@dataclass
class Settings:
    hosts: List[str] = field(default_factory=list)
    user: Optional[str] = None
