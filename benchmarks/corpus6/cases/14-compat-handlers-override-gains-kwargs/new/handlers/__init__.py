class Handler:
    def handle(self, event: str, retries: int = 0, *, strict: bool = False) -> None:
        pass


class JsonHandler(Handler):
    def handle(self, event: str, retries: int = 0, *args: object, **kwargs: object) -> None:
        pass
