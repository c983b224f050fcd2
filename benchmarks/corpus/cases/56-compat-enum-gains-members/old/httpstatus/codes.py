import enum


class Status(enum.IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    NOT_FOUND = 404
    INTERNAL_SERVER_ERROR = 500

    @property
    def is_error(self) -> bool:
        return self >= 400


class Method(str, enum.Enum):
    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    DELETE = "DELETE"


class Permission(enum.Flag):
    READ = 1
    WRITE = 2
    ADMIN = 4
