from typing import Final

from ._values import DEFAULT_BACKEND as DEFAULT_BACKEND
from ._values import WINDOW_SECONDS as WINDOW_SECONDS

BURST: Final = 10
RETRIES = 3
