class Client:
    def __init__(self, host: str, *, timeout: float = 5.0, token: str) -> None:
        self.host = host
        self.timeout = timeout
        self.token = token


def connect(host: str, *, token: str, timeout: float = 5.0) -> Client:
    return Client(host, timeout=timeout, token=token)
