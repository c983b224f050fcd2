"""Process-wide defaults. Users tweak these at import time."""
from typing import Final, Mapping, Optional

DEFAULT_ENCODING: Optional[str] = "utf-8"
MAX_REDIRECTS: Final = 20


class ClientSettings:
    """Class-level defaults; subclass or assign to customise."""

    base_url: "str" = ""
    timeout: float = 30.0
    retries: int = 5
    headers: Mapping[str, str] = {}
    proxies: list[str] = []
    user_agent: str = "apiclient/2.4"
