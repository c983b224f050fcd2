from .config import ServerConfig, TLSConfig

__all__ = ["ServerConfig", "TLSConfig"]
