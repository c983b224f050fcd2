from .codes import Method, Permission, Status

__all__ = ["Method", "Permission", "Status"]
