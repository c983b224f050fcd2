from typing import Any, Dict, Optional

import attr


@attr.s(auto_attribs=True)
class TLSConfig:
    certfile: str
    keyfile: str
    verify: bool = True


@attr.s(auto_attribs=True)
class ServerConfig:
    host: str
    port: int = 8080
    workers: int = 4
    tls: Optional[TLSConfig] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ServerConfig":
        return cls(**data)

    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}"
