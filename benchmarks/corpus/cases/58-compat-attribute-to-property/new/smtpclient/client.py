import functools
import socket
from typing import List, Tuple


class SMTP:
    debug: bool = False

    def __init__(self, host: str, port: int = 25) -> None:
        self.host = host
        self.port = port
        self._timeout = 30.0
        self._ehlo_resp: List[str] = []

    @property
    def timeout(self) -> float:
        return self._timeout

    @timeout.setter
    def timeout(self, value: float) -> None:
        if value <= 0:
            raise ValueError("timeout must be positive")
        self._timeout = value

    @functools.cached_property
    def features(self) -> List[str]:
        return [line.split()[0] for line in self._ehlo_resp if line]

    def connect(self) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout=self.timeout)


@functools.lru_cache(maxsize=256)
def resolve_mx(domain: str) -> Tuple[str, ...]:
    return (f"mx.{domain}",)
