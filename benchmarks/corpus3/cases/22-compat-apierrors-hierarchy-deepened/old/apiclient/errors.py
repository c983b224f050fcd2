class APIError(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class NotFound(APIError):
    pass


class Conflict(APIError):
    pass


class ServerError(APIError):
    pass
