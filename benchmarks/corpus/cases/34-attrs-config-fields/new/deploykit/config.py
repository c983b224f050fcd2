from typing import Any, Dict, Optional

from attrs import define, field


@define
class TLSConfig:
    certfile: str
    keyfile: str
    verify: bool = True
    ciphers: Optional[str] = None


@define
class ServerConfig:
    host: str
    user: str
    port: int = 8080
    workers: int = field(default=4)
    tls: Optional[TLSConfig] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Optional[ServerConfig]":
        """Build a config; returns None for an empty mapping."""
        return cls(**data) if data else None

    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}"
