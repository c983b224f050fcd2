from typing import Optional


class URL:
    def __init__(self, drivername: str, host: Optional[str] = None, database: Optional[str] = None) -> None:
        self.drivername = drivername
        self.host = host
        self.database = database

    def render_as_string(self, hide_password: bool = True) -> str:
        return f"{self.drivername}://{self.host or ''}/{self.database or ''}"


def make_url(name_or_url: str) -> URL:
    driver, _, rest = name_or_url.partition("://")
    host, _, db = rest.partition("/")
    return URL(driver, host or None, db or None)
