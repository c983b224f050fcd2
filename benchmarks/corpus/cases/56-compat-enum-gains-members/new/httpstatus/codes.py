import enum


class Status(enum.IntEnum):
    OK = 200
    CREATED = 201
    ACCEPTED = 202
    NO_CONTENT = 204
    NOT_FOUND = 404
    TEAPOT = 418
    TOO_MANY_REQUESTS = 429
    INTERNAL_SERVER_ERROR = 500
    SERVER_ERROR = 500  # alias

    @property
    def is_error(self) -> bool:
        return self >= 400

    @property
    def is_success(self) -> bool:
        return 200 <= self < 300


class Method(str, enum.Enum):
    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"
    OPTIONS = "OPTIONS"


class Permission(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    ADMIN = enum.auto()
    DELETE = enum.auto()
