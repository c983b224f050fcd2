"""Runtime configuration read from the environment."""
import os
from dataclasses import dataclass

__all__ = ["Config", "load_config"]


@dataclass(frozen=True)
class Config:
    database_url: str
    request_timeout: float
    region: str
    port: int


def load_config() -> Config:
    return Config(
        database_url=os.environ.get("LEDGER_DATABASE_URL", "sqlite:///ledger.db"),
        request_timeout=float(os.getenv("LEDGER_REQUEST_TIMEOUT", "30")),
        region=os.getenv("LEDGER_REGION", "eu-west-1"),
        port=int(os.getenv("LEDGER_PORT", "8000")),
    )
