import socket
from typing import List, Tuple


class SMTP:
    timeout: float
    debug: bool = False

    def __init__(self, host: str, port: int = 25) -> None:
        self.host = host
        self.port = port
        self.timeout = 30.0
        self._ehlo_resp: List[str] = []

    @property
    def features(self) -> List[str]:
        return [line.split()[0] for line in self._ehlo_resp if line]

    def connect(self) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout=self.timeout)


def resolve_mx(domain: str) -> Tuple[str, ...]:
    return (f"mx.{domain}",)
