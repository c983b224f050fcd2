class Response:
    status_code: int
    elapsed: float

    def __init__(self, status_code: int = 200) -> None:
        self.status_code = status_code
        self.elapsed = 0.0

    @property
    def ok(self) -> bool:
        return self.status_code < 400

    def json(self) -> dict:
        return {}
