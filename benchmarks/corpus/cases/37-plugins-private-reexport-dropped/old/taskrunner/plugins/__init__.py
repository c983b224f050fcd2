"""Plugin API for third-party task providers."""
from ._registry import PluginSpec, discover, hookimpl, register

__all__ = ["PluginSpec", "discover", "hookimpl", "register"]
