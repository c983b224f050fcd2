from .patch import apply_patch, make_patch

__all__ = ["apply_patch", "make_patch"]
