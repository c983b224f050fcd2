from .entities import User
from .repository import UserRepository

__all__ = ["User", "UserRepository"]
