class Connection:
    def __init__(self, host: str, port: int = 80) -> None:
        self.host = host
        self.port = port
