from typing import Final

MAX_RETRIES: Final[float] = 3.0
NAME: Final[str] = 'limits'
