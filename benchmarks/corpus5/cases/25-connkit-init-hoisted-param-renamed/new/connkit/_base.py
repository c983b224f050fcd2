class _Base:
    def __init__(self, hostname: str, port: int = 80) -> None:
        self.host = hostname
        self.port = port
