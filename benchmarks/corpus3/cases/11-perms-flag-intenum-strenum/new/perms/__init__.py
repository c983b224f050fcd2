from .model import Permission, Priority, Scope

__all__ = ["Permission", "Priority", "Scope"]
