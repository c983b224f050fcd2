class Request:
    def __init__(self, method: str, url: str) -> None:
        self.method = method
        self.url = url

class Client:
    def __init__(self, base_url: str = "", timeout: float = 5.0, verify: bool = True) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.verify = verify

    def send(self, request: Request, stream: bool = False) -> bytes:
        return b""
