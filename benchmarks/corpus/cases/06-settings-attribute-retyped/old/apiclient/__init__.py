from .settings import DEFAULT_ENCODING, ClientSettings
from .transport import Transport

__all__ = ["DEFAULT_ENCODING", "ClientSettings", "Transport"]
