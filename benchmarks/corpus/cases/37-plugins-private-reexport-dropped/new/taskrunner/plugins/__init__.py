"""Plugin API for third-party task providers."""
from ._registry import discover, hookimpl, register

__all__ = ["discover", "hookimpl", "register"]
