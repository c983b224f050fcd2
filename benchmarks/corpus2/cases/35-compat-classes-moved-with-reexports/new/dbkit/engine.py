from typing import Any, Dict

from .url import URL as URL  # moved to dbkit.url; re-exported here for compatibility
from .url import make_url


class Engine:
    def __init__(self, url: URL, *, echo: bool = False) -> None:
        self.url = url
        self.echo = echo

    def connect(self) -> Dict[str, Any]:
        return {"url": self.url.render_as_string()}


def create_engine(url: str, *, echo: bool = False) -> Engine:
    return Engine(make_url(url), echo=echo)
