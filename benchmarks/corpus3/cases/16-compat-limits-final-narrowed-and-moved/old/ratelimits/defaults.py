from typing import Final, Optional

WINDOW_SECONDS: Final[float] = 60.0
DEFAULT_BACKEND: Final[Optional[str]] = None
BURST: Final = 10
RETRIES = 3
