"""Settings from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    smtp_host: str
    batch_size: int


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    return Settings(
        smtp_host=env.get("MAILQ_SMTP_HOST", "localhost"),
        batch_size=int(env.get("MAILQ_BATCH_SIZE", "50")),
    )
