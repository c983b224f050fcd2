__all__ = ["DBKitError", "ArgumentError", "DBAPIError"]


class DBKitError(Exception):
    pass


class ArgumentError(DBKitError):
    pass


class DBAPIError(DBKitError):
    def __init__(self, statement: str, orig: BaseException) -> None:
        super().__init__(f"{orig} [SQL: {statement}]")
        self.statement = statement
        self.orig = orig
