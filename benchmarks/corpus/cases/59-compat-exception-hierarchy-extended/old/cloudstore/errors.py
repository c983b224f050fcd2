class CloudError(Exception):
    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class NotFound(CloudError, KeyError):
    pass


class AccessDenied(CloudError, PermissionError):
    pass


class RateLimited(CloudError):
    retry_after: float = 1.0


class ServerError(CloudError):
    pass
