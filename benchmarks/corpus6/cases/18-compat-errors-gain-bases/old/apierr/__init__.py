import enum


class ApiError(Exception):
    pass


class NotFound(ApiError):
    pass


class Code(enum.Enum):
    OK = 200
    MISSING = 404
