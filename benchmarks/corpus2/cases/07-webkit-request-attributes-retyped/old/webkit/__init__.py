from .wrappers import Request

__all__ = ["Request"]
