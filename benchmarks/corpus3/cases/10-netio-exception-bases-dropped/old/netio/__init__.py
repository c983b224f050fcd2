from .errors import ConnectTimeout, NetError, ProtocolError, ReadTimeout, RetryExhausted, TLSError

__all__ = ["ConnectTimeout", "NetError", "ProtocolError", "ReadTimeout", "RetryExhausted", "TLSError"]
