from .session import Session, download

__all__ = ["Session", "download"]
