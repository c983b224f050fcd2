from .core import Markup, escape, soft_str

__all__ = ["Markup", "escape", "soft_str"]
