"""Process-wide defaults. Users tweak these at import time."""
from typing import Dict, Final, List

DEFAULT_ENCODING: str = "utf-8"
MAX_REDIRECTS: Final = 20


class ClientSettings:
    """Class-level defaults; subclass or assign to customise."""

    base_url: str = ""
    timeout: int = 30
    retries: int = 3
    headers: Dict[str, str] = {}
    proxies: List[str] = []
    user_agent: str = "apiclient/2.3"
