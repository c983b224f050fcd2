class Client:
    def __init__(self, host: str, *, timeout: float = 5.0) -> None:
        self.host = host
        self.timeout = timeout


def connect(host: str, *, timeout: float = 5.0) -> Client:
    return Client(host, timeout=timeout)
