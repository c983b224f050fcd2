from typing import Final

MAX_RETRIES: Final[int] = 3
NAME: Final[str] = 'limits'
