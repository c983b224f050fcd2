from typing import Final, Optional

DEFAULT_TIMEOUT: Final[int] = 30
API_VERSION: Final[str] = "v2"
DEFAULT_HOST: Final[Optional[str]] = None
BUFFER_SIZE: Final = 4096
