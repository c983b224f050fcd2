class CloudError(Exception):
    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class ClientError(CloudError):
    """4xx responses."""


class RetryableError(CloudError):
    """Errors worth retrying after a delay."""


class NotFound(ClientError, KeyError):
    pass


class AccessDenied(ClientError, PermissionError):
    pass


class RateLimited(ClientError, RetryableError):
    retry_after: float = 1.0


class ServerError(RetryableError):
    pass


class ServiceUnavailable(ServerError, ConnectionError):
    pass
