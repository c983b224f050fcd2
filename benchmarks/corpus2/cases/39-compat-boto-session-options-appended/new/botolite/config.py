from typing import Any, Dict, Optional


class Config:
    def __init__(
        self,
        region_name: Optional[str] = None,
        signature_version: Optional[str] = None,
        user_agent: Optional[str] = None,
        connect_timeout: float = 60,
        read_timeout: float = 60,
        retries: Optional[Dict[str, Any]] = None,
        *,
        tcp_keepalive: bool = False,
        request_min_compression_size_bytes: int = 10240,
    ) -> None:
        self.region_name = region_name
        self.signature_version = signature_version
        self.user_agent = user_agent
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = retries
        self.tcp_keepalive = tcp_keepalive
        self.request_min_compression_size_bytes = request_min_compression_size_bytes

    def merge(self, other: "Config") -> "Config":
        merged = dict(vars(self))
        merged.update({k: v for k, v in vars(other).items() if v is not None})
        return Config(**merged)
