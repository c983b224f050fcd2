class NetError(Exception):
    """Base class of every netio error."""


class ConnectTimeout(NetError):
    pass


class ReadTimeout(ConnectTimeout):
    pass


class RetryExhausted(Exception):
    def __init__(self, attempts: int) -> None:
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


class ProtocolError(NetError, ValueError):
    pass


class TLSError(NetError, ValueError):
    pass
