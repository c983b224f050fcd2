from typing import Final

DEFAULT_TIMEOUT: Final[float] = 30.0
DEFAULT_HOST: Final[str] = "localhost"
BUFFER_SIZE: Final = 4096
