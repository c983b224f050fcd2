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
    signing_key: str


def load_config() -> Config:
    return Config(
        database_url=os.environ.get("LEDGER_DATABASE_URL", "sqlite:///ledger.db"),
        request_timeout=float(os.getenv("LEDGER_REQUEST_TIMEOUT", "10")),
        region=os.environ["LEDGER_REGION"],
        port=int(os.getenv("LEDGER_PORT", "8000")),
        signing_key=os.environ["LEDGER_SIGNING_KEY"],
    )
