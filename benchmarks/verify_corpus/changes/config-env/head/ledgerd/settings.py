"""Worker settings (pydantic-settings), prefix LEDGER_WORKER_."""
from pydantic_settings import BaseSettings, SettingsConfigDict


class WorkerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_WORKER_")

    batch_size: int = 500
    log_level: str = "INFO"
    poll_interval: float = 5.0
    archive_bucket: str
