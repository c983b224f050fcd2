from dataclasses import dataclass
@dataclass
class Options:
    host: str
    port: int = 80
    def __init_extra(self): pass
class Connection:
    def __init__(self, host: str, port: int = 80) -> None:
        self.host = host
        self.port = port
        self.retries = 3
        self.closed = False
