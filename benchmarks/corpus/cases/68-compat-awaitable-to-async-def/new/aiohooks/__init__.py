from .hooks import HookRunner, fire

__all__ = ["HookRunner", "fire"]
