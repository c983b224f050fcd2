from datetime import timedelta

class Response:
    status_code: int
    elapsed: timedelta

    def __init__(self, status_code: int = 200) -> None:
        self.status_code = status_code
        self.elapsed = timedelta(0)

    def ok(self) -> bool:
        return self.status_code < 400

    def json(self) -> dict:
        return {}
