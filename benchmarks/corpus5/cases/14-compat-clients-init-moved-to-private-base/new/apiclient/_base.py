class _Client:
    def __init__(self, token: str, base_url: str = "https://api", timeout: float = 5.0) -> None:
        self.token = token
        self.base_url = base_url
        self.timeout = timeout
