from typing import Any, Dict, Optional

from .parser import read


class ConfigClient:
    def __init__(self, url: str, token: Optional[str] = None) -> None:
        self.url = url
        self.token = token
        self._open = True

    def fetch(self, name: str) -> Dict[str, Any]:
        return read(f"name: {name}")

    def shutdown(self) -> None:
        self._open = False

    close = shutdown


HTTPConfigClient = ConfigClient


def merge(base: ConfigClient, other: ConfigClient) -> Dict[str, Any]:
    return {**base.fetch("a"), **other.fetch("a")}
