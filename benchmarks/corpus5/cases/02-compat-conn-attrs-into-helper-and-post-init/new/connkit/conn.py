from dataclasses import dataclass, field
@dataclass
class Options:
    host: str
    port: int = 80
    def __post_init__(self) -> None:
        self.url = f"{self.host}:{self.port}"
class Connection:
    def __init__(self, host: str, port: int = 80) -> None:
        self.host = host
        self.port = port
        self._reset()
    def _reset(self) -> None:
        self.retries = 3
        self.closed = False
