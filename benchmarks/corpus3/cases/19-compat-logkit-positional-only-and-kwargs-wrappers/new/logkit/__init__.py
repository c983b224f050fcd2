from .api import Logger, configure, log

__all__ = ["Logger", "configure", "log"]
