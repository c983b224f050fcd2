"""Tunable defaults. Assign to them before creating limiters."""
from typing import Final

WINDOW_SECONDS: int = 60
BURST: Final[int] = 10
RETRY_AFTER: Final[float] = 1
USER_AGENT: str = "ratelimit/0.5"
KEY_PREFIX: str = "rl:"
