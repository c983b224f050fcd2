class Handler:
    def handle(self, event: str, retries: int = 0) -> None:
        pass


class JsonHandler(Handler):
    def handle(self, event: str, retries: int = 0) -> None:
        pass
