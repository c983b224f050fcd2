from typing import Final

WINDOW_SECONDS: Final[int] = 60
DEFAULT_BACKEND: Final[str] = "memory"
