"""Tunable defaults. Assign to them before creating limiters."""
from typing import Final, Optional

WINDOW_SECONDS: Optional[int] = 60
BURST: Final[float] = 10.0
RETRY_AFTER: Final[int] = 1
KEY_PREFIX: str = 'rl:'
