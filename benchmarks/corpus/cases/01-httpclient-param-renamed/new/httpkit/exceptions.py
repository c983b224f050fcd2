class HTTPError(Exception):
    """Raised for 4xx and 5xx responses."""

    def __init__(self, status_code: int, message: str = "") -> None:
        super().__init__(f"{status_code} {message}".strip())
        self.status_code = status_code


class TimeoutException(HTTPError):
    def __init__(self, message: str = "timed out") -> None:
        super().__init__(0, message)
