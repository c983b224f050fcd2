from .dispatcher import Signal, receiver

__all__ = ["Signal", "receiver"]
