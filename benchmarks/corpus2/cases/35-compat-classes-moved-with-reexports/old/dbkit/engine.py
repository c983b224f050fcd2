from typing import Any, Dict, Optional


class URL:
    def __init__(self, drivername: str, host: Optional[str] = None, database: Optional[str] = None) -> None:
        self.drivername = drivername
        self.host = host
        self.database = database

    def render_as_string(self, hide_password: bool = True) -> str:
        return f"{self.drivername}://{self.host or ''}/{self.database or ''}"


class Engine:
    def __init__(self, url: URL, *, echo: bool = False) -> None:
        self.url = url
        self.echo = echo

    def connect(self) -> Dict[str, Any]:
        return {"url": self.url.render_as_string()}


def create_engine(url: str, *, echo: bool = False) -> Engine:
    driver, _, rest = url.partition("://")
    host, _, db = rest.partition("/")
    return Engine(URL(driver, host or None, db or None), echo=echo)
