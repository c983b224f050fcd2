import enum


class ApiError(Exception):
    """Base error."""


class ClientError(ApiError):
    pass


class NotFound(ClientError, LookupError):
    pass


class Code(enum.Enum):
    OK = 200
    MISSING = 404
    NOT_FOUND = 404
