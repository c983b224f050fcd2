from .env import getenv, read_file

__all__ = ["getenv", "read_file"]
